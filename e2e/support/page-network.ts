import type { Page } from '@playwright/test';

import { API_BASE } from './api-requests';

/*
 * A mock-mode page's API requests go to a service worker, which
 * `context.setOffline` does not stop; so these replace the page's own
 * `fetch` to fail them as a dropped connection does, and `reconnect`
 * puts the real one back.
 */

interface Drop {
  /** Requests whose path starts with this, or is exactly it. */
  path: string;
  exact: boolean;
  /** Lets the request reach the server and loses only its answer. */
  afterArrival: boolean;
}

async function dropRequests(page: Page, drop: Drop) {
  await page.evaluate(({ path, exact, afterArrival }) => {
    const online = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const [input] = args;
      const { pathname } = new URL(
        input instanceof Request ? input.url : String(input),
      );
      const hit = exact ? pathname === path : pathname.startsWith(path);
      if (!hit) return online(...args);
      if (afterArrival) await online(...args);
      throw new TypeError('Failed to fetch');
    };
    Object.assign(window, { __online: online });
  }, drop);
}

/** Every API request fails: before it leaves, or after it arrived. */
export function dropConnection(page: Page, mode: 'before' | 'after') {
  return dropRequests(page, {
    path: API_BASE,
    exact: false,
    afterArrival: mode === 'after',
  });
}

/** The token endpoint drops off the network; everything else works. */
export function dropTokenEndpoint(page: Page) {
  return dropRequests(page, {
    path: `${API_BASE}oauth/token`,
    exact: true,
    afterArrival: false,
  });
}

export async function reconnect(page: Page) {
  await page.evaluate(() => {
    const { __online } = window as unknown as { __online: typeof fetch };
    window.fetch = __online;
  });
}

/**
 * Holds every API write in the page until the returned `release` is
 * called, so a test can look at the pending state as long as it needs.
 */
export async function holdWrites(page: Page) {
  await page.evaluate((base) => {
    const online = window.fetch.bind(window);
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    Object.assign(window, { __releaseWrites: () => open() });
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const [input, init] = args;
      const url = input instanceof Request ? input.url : String(input);
      const method = init?.method ?? 'GET';
      if (new URL(url).pathname.startsWith(base) && method !== 'GET') {
        await gate;
      }
      return online(...args);
    };
  }, API_BASE);
  return () =>
    page.evaluate(() =>
      (window as unknown as { __releaseWrites: () => void }).__releaseWrites(),
    );
}
