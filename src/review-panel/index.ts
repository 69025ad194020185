import { applyScenario, restoreFaults } from './apply-scenario';
import type { ReviewDeps } from './bridge';
import { mountReviewPanel } from './mount-review-panel';

export type { AppBridge, ReviewDeps } from './bridge';

/**
 * Design review mode, for mock mode only: applies `?scenario=`, brings
 * back this tab's faults, and shows the review panel. Runs before the app
 * starts its session, so a scenario's guest session is the one it uses.
 */
export function startReview(
  deps: ReviewDeps,
  scenario: string | undefined,
): void {
  const notice = applyScenario(scenario, deps);
  restoreFaults(deps);
  mountReviewPanel(deps, notice);
}
