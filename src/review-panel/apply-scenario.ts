import { findScenario } from '../emulator/core/seeds';
import type { ReviewDeps } from './bridge';
import { reviewStorage } from './review-storage';
import { withScenarioParam } from '../app/scenario-url';

/**
 * Applies the scenario the page was opened with (`?scenario=<name>`, which
 * the app took out of the address bar as it loaded, so a reload keeps the
 * data as it is by then), before the app starts its session. Returns the
 * notice to show, if any.
 */
export function applyScenario(
  name: string | undefined,
  { controls, app }: ReviewDeps,
): string | undefined {
  if (name === undefined) return undefined;
  const scenario = findScenario(name);
  if (!scenario) {
    return `There is no scenario "${name}"; the data was left as it was.`;
  }
  controls.seed(scenario.name);
  reviewStorage.setScenario(scenario.name);
  // A new data set starts with the service healthy: the emulator of this
  // fresh page has no faults, and the tab's saved ones are dropped.
  reviewStorage.setFaults(undefined);
  app.handOverSession(scenario.guestSession);
  return `Scenario "${scenario.title}" loaded.`;
}

/**
 * Switching goes through a fresh load of the same page, so the app starts
 * from nothing cached, exactly as for a link with `?scenario=`.
 */
export function switchScenario(name: string): void {
  window.location.assign(withScenarioParam(window.location.href, name));
}

/** Faults set in the panel outlive a reload of this tab. */
export function restoreFaults({ controls }: ReviewDeps): void {
  const faults = reviewStorage.faults();
  if (faults) controls.setFaults(faults);
}
