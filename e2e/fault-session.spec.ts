import { expect, test, type Page } from '@playwright/test';

import { recordApiRequests } from './support/api-requests';
import { DEMO, openProfileAsDemo, signIn } from './support/customer';
import { callEmulator, storedCustomer } from './support/emulator-controls';
import { dropTokenEndpoint, reconnect } from './support/page-network';
import { skipOnLiveBuilds } from './support/projects';

/*
 * Tokens that run out in the middle of a visit, by moving the in-browser
 * emulator's clock: the access token lives 48 hours, the refresh token 200
 * days from its last use. The app's own clock does not move, so the API is
 * the first to notice, as with a token revoked or expired on the server.
 */

skipOnLiveBuilds('drives the in-browser emulator, which only mock builds have');

const DAY = 86_400;

/** A write refused for its expired token is never applied: sent again. */
const REFRESHED_AND_SENT_AGAIN = [
  'POST /demo/me',
  'POST /oauth/token refresh_token',
  'POST /demo/me',
];

const storedVersion = async (page: Page) =>
  (await storedCustomer(page, DEMO.email)).version;

/**
 * The demo customer's profile, open and signed in, `seconds` later on the
 * server's clock; the requests are recorded from then on.
 */
async function profileLater(page: Page, seconds: number) {
  const requests = recordApiRequests(page);
  await openProfileAsDemo(page);
  const before = await storedVersion(page);
  await callEmulator(page, 'advanceClock', seconds);
  requests.clear();
  return { requests, before };
}

test('an access token that expired mid-visit is refreshed once and the save goes through', async ({
  page,
}) => {
  const { requests, before } = await profileLater(page, 2 * DAY + 60);

  await page.getByLabel('First name').fill('Alexis');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual(REFRESHED_AND_SENT_AGAIN);
  expect(await storedVersion(page)).toBe(before + 1);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Alexis');
});

test('a network failure while the token is refreshed keeps the customer signed in', async ({
  page,
}) => {
  const { requests, before } = await profileLater(page, 2 * DAY + 60);
  await dropTokenEndpoint(page);

  await page.getByLabel('First name').fill('Patient');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.locator('.error-summary')).toContainText(
    'The service is unavailable, try again.',
  );
  expect(requests.list()).toEqual(['POST /demo/me']);
  await expect(page.getByLabel('First name')).toHaveValue('Patient');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/profile$/);

  await reconnect(page);
  requests.clear();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual(REFRESHED_AND_SENT_AGAIN);
  expect(await storedVersion(page)).toBe(before + 1);
});

test('a refused refresh token ends the session once, says so and leads back', async ({
  page,
}) => {
  const { requests, before } = await profileLater(page, 201 * DAY);

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

  await signIn(page, DEMO);

  // Whether the typed name comes back is the drafts' business
  // (session-expiry.spec.ts); here: back on the page, signed in.
  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(page.getByLabel('First name')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
