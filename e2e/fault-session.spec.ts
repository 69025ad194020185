import { expect, test, type Page } from '@playwright/test';

import { BUILD_TARGETS, baseUrlOf } from './support/servers';

/*
 * Tokens that run out in the middle of a visit, by moving the in-browser
 * emulator's clock: the access token lives 48 hours, the refresh token 200
 * days from its last use. The app's own clock does not move, so the API is
 * the first to notice, as with a token revoked or expired on the server.
 */

const liveBuilds = [BUILD_TARGETS.liveGlobal, BUILD_TARGETS.liveBerlin].map(
  baseUrlOf,
);
test.skip(
  ({ baseURL }) => liveBuilds.includes(baseURL ?? ''),
  'drives the in-browser emulator, which only mock builds have',
);

const DEMO = { email: 'alex.demo@example.com', password: 'Demo-pass-1' };
const DAY = 86_400;
const API_BASE = '/ct-emulator/';

/** Every request to the emulated API with its OAuth grant, if any. */
function recordApiRequests(page: Page) {
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
    clear: () => void seen.splice(0),
  };
}

async function signIn(page: Page) {
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openProfileSignedIn(page: Page) {
  await page.goto('/sign-in?returnTo=%2Faccount%2Fprofile');
  await signIn(page);
  await expect(page.getByLabel('First name')).toHaveValue('Alex');
}

async function storedVersion(page: Page) {
  return page.evaluate(
    (email) =>
      window.__emulator
        ?.snapshot()
        .state.customers.find((r) => r.customer.email === email)?.customer
        .version,
    DEMO.email,
  );
}

test('an access token that expired mid-visit is refreshed once and the save goes through', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedVersion(page);
  await page.evaluate((s) => window.__emulator?.advanceClock(s), 2 * DAY + 60);
  requests.clear();

  await page.getByLabel('First name').fill('Alexis');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  // The refused write was never applied, so it is sent once more.
  expect(requests.list()).toEqual([
    'POST /demo/me',
    'POST /oauth/token refresh_token',
    'POST /demo/me',
  ]);
  expect(await storedVersion(page)).toBe((before ?? 0) + 1);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Alexis');
});

/** The token endpoint drops off the network; everything else works. */
async function dropTokenEndpoint(page: Page) {
  await page.evaluate((path) => {
    const online = window.fetch.bind(window);
    Object.assign(window, { __online: online });
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const [input] = args;
      const url = input instanceof Request ? input.url : String(input);
      return new URL(url).pathname === path
        ? Promise.reject(new TypeError('Failed to fetch'))
        : online(...args);
    };
  }, `${API_BASE}oauth/token`);
}

test('a network failure while the token is refreshed keeps the customer signed in', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedVersion(page);
  await page.evaluate((s) => window.__emulator?.advanceClock(s), 2 * DAY + 60);
  await dropTokenEndpoint(page);
  requests.clear();

  await page.getByLabel('First name').fill('Patient');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.locator('.error-summary')).toContainText(
    'The service is unavailable, try again.',
  );
  expect(requests.list()).toEqual(['POST /demo/me']);
  await expect(page.getByLabel('First name')).toHaveValue('Patient');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/profile$/);

  await page.evaluate(() => {
    const { __online } = window as unknown as { __online: typeof fetch };
    window.fetch = __online;
  });
  requests.clear();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual([
    'POST /demo/me',
    'POST /oauth/token refresh_token',
    'POST /demo/me',
  ]);
  expect(await storedVersion(page)).toBe((before ?? 0) + 1);
});

test('a refused refresh token ends the session once, says so and leads back', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedVersion(page);
  await page.evaluate((s) => window.__emulator?.advanceClock(s), 201 * DAY);
  requests.clear();

  await page.getByLabel('First name').fill('Unsent');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fprofile$/);
  await expect(page.getByRole('status')).toHaveText(
    'Your session has ended. Sign in again to carry on.',
  );
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  // One refresh, one new guest session: no loop.
  const tokenCalls = requests.list().filter((r) => r.includes('/oauth/'));
  expect(tokenCalls).toEqual([
    'POST /oauth/token refresh_token',
    'POST /oauth/demo/anonymous/token client_credentials',
  ]);
  expect(await storedVersion(page)).toBe(before);

  await signIn(page);

  // Whether the typed name comes back is the drafts' business
  // (session-expiry.spec.ts); here: back on the page, signed in.
  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(page.getByLabel('First name')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
