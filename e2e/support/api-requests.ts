import type { Page } from '@playwright/test';

/** Where a mock-mode build sends its API and OAuth requests. */
export const API_BASE = '/ct-emulator/';

/**
 * Every request to the emulated API as it leaves the page, in order:
 * `METHOD /path`, with the OAuth grant after it for token requests
 * (`POST /oauth/token refresh_token`).
 */
export function recordApiRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(API_BASE)) return;
    const grant = new URLSearchParams(request.postData() ?? '').get(
      'grant_type',
    );
    const path = pathname.slice(API_BASE.length);
    seen.push(`${request.method()} /${path}${grant ? ` ${grant}` : ''}`);
  });
  return {
    list: () => [...seen],
    /** The customer updates (`POST /demo/me`) only. */
    writes: () => seen.filter((r) => r === 'POST /demo/me'),
    clear: () => void seen.splice(0),
  };
}
