import { findScenario } from '../emulator/core/seeds';
import type { ReviewDeps } from './bridge';
import { reviewStorage } from './review-storage';
import { takeScenarioParam, withScenarioParam } from './scenario-url';

/**
 * Applies `?scenario=<name>` once, on load and before the app starts its
 * session, then takes it out of the address bar so a reload keeps the
 * data as it is by then. Returns a problem to show, if any. The page is
 * already on screen: the clean address is in place before the session
 * changes, so a redirect to sign-in never carries the parameter along.
 */
export async function applyScenarioFromUrl({
  controls,
  app,
}: ReviewDeps): Promise<string | undefined> {
  const { name, rest } = takeScenarioParam(window.location.href);
  if (name === undefined) return undefined;
  await app.navigate(rest, { replace: true });

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
