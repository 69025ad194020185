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
  const name = url.searchParams.get(SCENARIO_PARAM) ?? undefined;
  url.searchParams.delete(SCENARIO_PARAM);
  return { name: name || undefined, rest: relative(url) };
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
