import { expect, test, type Page } from '@playwright/test';

import { BUILD_TARGETS, baseUrlOf } from './support/servers';

/*
 * How many requests each step costs, counted where they leave the page.
 * Every test runs in its own browser context, so its emulator starts from
 * the demo seed and the demo customer is nobody else's.
 */

const liveBuilds = [BUILD_TARGETS.liveGlobal, BUILD_TARGETS.liveBerlin].map(
  baseUrlOf,
);
test.skip(
  ({ baseURL }) => liveBuilds.includes(baseURL ?? ''),
  'counts requests to the in-browser emulator, which only mock builds have',
);

const API_BASE = '/ct-emulator/';

/** `METHOD /path` of every request to the emulated API, in order. */
function recordApiRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(API_BASE)) return;
    seen.push(`${request.method()} /${pathname.slice(API_BASE.length)}`);
  });
  return {
    list: () => [...seen],
    clear: () => void seen.splice(0),
  };
}

async function signInAsDemo(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('alex.demo@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Demo-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
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
  await page.evaluate(() =>
    window.__emulator?.setFaults({ conflictNextWrite: true }),
  );
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
