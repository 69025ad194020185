import { expect, test, type Page } from '@playwright/test';

import { recordApiRequests } from './support/api-requests';
import { DEMO, signIn } from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';

/*
 * How many requests each step costs, counted where they leave the page.
 * Every test runs in its own browser context, so its emulator starts from
 * the demo seed and the demo customer is nobody else's.
 */

skipOnLiveBuilds(
  'counts requests to the in-browser emulator, which only mock builds have',
);

async function signInAsDemo(page: Page) {
  await page.goto('/sign-in');
  await signIn(page, DEMO);
  await expect(page).toHaveURL(/\/account$/);
}

const accountNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Account' });

async function openProfile(page: Page) {
  await accountNav(page).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Alex');
}

test('saving the profile sends one request', async ({ page }) => {
  const requests = recordApiRequests(page);
  await signInAsDemo(page);
  await openProfile(page);
  requests.clear();

  await page.getByLabel('First name').fill('Alexa');
  await page.getByLabel('Company').fill('Example Works');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual(['POST /demo/me']);
});

test('a version conflict costs one read and one write more', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await signInAsDemo(page);
  await openProfile(page);
  await callEmulator(page, 'setFaults', { conflictNextWrite: true });
  requests.clear();

  await page.getByLabel('Last name').fill('Example');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual([
    'POST /demo/me',
    'GET /demo/me',
    'POST /demo/me',
  ]);
  await page.reload();
  await expect(page.getByLabel('Last name')).toHaveValue('Example');
});

test('the address book reuses the customer the overview fetched', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await signInAsDemo(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Alex');

  await accountNav(page).getByRole('link', { name: 'Addresses' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Addresses' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').first()).toBeVisible();

  const reads = requests.list().filter((r) => r === 'GET /demo/me');
  expect(reads).toEqual(['GET /demo/me']);
});

test('a signed-out deep link reads the guest cart once on its way to sign-in', async ({
  page,
}) => {
  // A slow phone: the header's read is done before the sign-in form asks.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const requests = recordApiRequests(page);
  await page.goto('/account/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // Signing in needs the session the start-up made, so it has settled.
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue('Alex');

  const all = requests.list();
  const login = all.findIndex((r) => r.startsWith('POST /demo/me/login'));
  expect(login).toBeGreaterThan(0);
  const beforeSignIn = all.slice(0, login);
  expect(beforeSignIn.filter((r) => r === 'GET /demo/me/carts')).toEqual([
    'GET /demo/me/carts',
  ]);
});
