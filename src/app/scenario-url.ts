/*
 * `?scenario=<name>`: a link that opens mock mode on one of the review
 * scenarios. The app takes it out of the address bar as the page loads
 * (main.tsx); review mode applies it once the emulator runs and writes it
 * for a switch of scenario.
 */
export const SCENARIO_PARAM = 'scenario';

/**
 * The scenario a URL asks for, and the same URL (path, other parameters
 * and hash) without it, for the address bar.
 */
export function takeScenarioParam(href: string): {
  name?: string;
  rest: string;
} {
  const url = new URL(href);
  // An empty `?scenario=` names none.
  const name = url.searchParams.get(SCENARIO_PARAM) || undefined;
  url.searchParams.delete(SCENARIO_PARAM);
  return { name, rest: relative(url) };
}

/**
 * Takes the scenario out of the address bar before the router reads it,
 * without a navigation, and returns its name. Done at load, so a link
 * followed or a field typed into while the emulator loads is not undone
 * by a later change of address.
 */
export function takeOpeningScenario(): string | undefined {
  const { name, rest } = takeScenarioParam(window.location.href);
  if (name !== undefined) {
    window.history.replaceState(window.history.state, '', rest);
  }
  return name;
}

/** The same page with `?scenario=name`, which the next load applies. */
export function withScenarioParam(href: string, name: string): string {
  const url = new URL(href);
  url.searchParams.set(SCENARIO_PARAM, name);
  return relative(url);
}

function relative(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`;
}
