import { expect, test, type Page } from '@playwright/test';

import { BUILD_TARGETS, baseUrlOf } from './support/servers';

/*
 * Saving the profile while the service misbehaves, through the in-browser
 * emulator's fault controls. Each test runs in its own browser context, so
 * its emulator starts from the demo seed and its faults touch no one else.
 */

const liveBuilds = [BUILD_TARGETS.liveGlobal, BUILD_TARGETS.liveBerlin].map(
  baseUrlOf,
);
test.skip(
  ({ baseURL }) => liveBuilds.includes(baseURL ?? ''),
  'drives the in-browser emulator, which only mock builds have',
);

const DEMO_EMAIL = 'alex.demo@example.com';
const UNAVAILABLE = 'The service is unavailable, try again.';
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
    writes: () => seen.filter((r) => r === 'POST /demo/me'),
    list: () => [...seen],
    clear: () => void seen.splice(0),
  };
}

/** The demo customer as the emulator has stored it. */
async function storedCustomer(page: Page) {
  const customer = await page.evaluate((email) => {
    const records = window.__emulator?.snapshot().state.customers ?? [];
    return records.find((r) => r.customer.email === email)?.customer;
  }, DEMO_EMAIL);
  if (!customer) throw new Error('The demo customer is not stored');
  return customer;
}

async function openProfileSignedIn(page: Page) {
  await page.goto('/sign-in?returnTo=%2Faccount%2Fprofile');
  await page.getByLabel('Email').fill(DEMO_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill('Demo-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Alex');
}

const signOutButton = (page: Page) =>
  page.getByRole('button', { name: 'Sign out' });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save' });
const problem = (page: Page) => page.locator('.error-summary');

for (const [name, fault] of [
  ['a 500 from the API', { failureRate: 1 }],
  ['an outage (503 everywhere)', { outage: true }],
] as const) {
  test(`${name} on save: a clear message, the typing kept, a retry that works`, async ({
    page,
  }) => {
    const requests = recordApiRequests(page);
    await openProfileSignedIn(page);
    const before = await storedCustomer(page);
    await page.evaluate((f) => window.__emulator?.setFaults(f), fault);
    requests.clear();

    await page.getByLabel('First name').fill('Alexandra');
    await saveButton(page).click();

    await expect(problem(page)).toContainText(UNAVAILABLE);
    await expect(page.getByLabel('First name')).toHaveValue('Alexandra');
    await expect(signOutButton(page)).toBeVisible();
    expect((await storedCustomer(page)).version).toBe(before.version);

    await page.evaluate(() =>
      window.__emulator?.setFaults({ failureRate: 0, outage: false }),
    );
    await saveButton(page).click();

    await expect(page.getByRole('status')).toHaveText('Saved.');
    await expect(problem(page)).toHaveCount(0);
    expect(requests.writes()).toHaveLength(2);
    const after = await storedCustomer(page);
    expect(after.firstName).toBe('Alexandra');
    expect(after.version).toBe(before.version + 1);
    await expect(signOutButton(page)).toBeVisible();
  });
}

/**
 * Holds every API write in the page until `release` is called, so the
 * test can look at the pending state for as long as it needs.
 */
async function holdWrites(page: Page) {
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

test('a slow network: the button waits, a double click saves once', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedCustomer(page);
  await page.evaluate(() => window.__emulator?.setFaults({ latencyMs: 1500 }));
  const release = await holdWrites(page);
  requests.clear();

  await page.getByLabel('Last name').fill('Slowly');
  await saveButton(page).dblclick();
  const pending = page.getByRole('button', { name: 'Saving…' });
  await expect(pending).toBeDisabled();
  await pending.click({ force: true });
  await page.getByLabel('Last name').press('Enter');
  await release();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.writes()).toHaveLength(1);
  expect((await storedCustomer(page)).version).toBe(before.version + 1);
});

/**
 * Offline: the service worker would still answer a mock-mode page with
 * `context.setOffline`, so the page's own fetch fails API requests as a
 * dropped connection does. `after` lets the request reach the emulator
 * first and loses only its answer.
 */
async function dropConnection(page: Page, mode: 'before' | 'after') {
  await page.evaluate(
    ({ base, mode }) => {
      const online = window.fetch.bind(window);
      const offline = async (...args: Parameters<typeof fetch>) => {
        const url = new URL(
          String(args[0] instanceof Request ? args[0].url : args[0]),
        );
        if (!url.pathname.startsWith(base)) return online(...args);
        if (mode === 'after') await online(...args);
        throw new TypeError('Failed to fetch');
      };
      Object.assign(window, { __online: online, fetch: offline });
    },
    { base: API_BASE, mode },
  );
}

async function reconnect(page: Page) {
  await page.evaluate(() => {
    const { __online } = window as unknown as { __online: typeof fetch };
    window.fetch = __online;
  });
}

test('offline before the save leaves: message, typing kept, retry saves once', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedCustomer(page);
  await dropConnection(page, 'before');
  requests.clear();

  await page.getByLabel('Company').fill('Offline Example Ltd');
  await saveButton(page).click();

  await expect(problem(page)).toContainText(UNAVAILABLE);
  await expect(page.getByLabel('Company')).toHaveValue('Offline Example Ltd');
  await expect(signOutButton(page)).toBeVisible();
  expect(requests.list()).toEqual([]);

  await reconnect(page);
  await saveButton(page).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual(['POST /demo/me']);
  const after = await storedCustomer(page);
  expect(after.companyName).toBe('Offline Example Ltd');
  expect(after.version).toBe(before.version + 1);
});

test('the connection drops after the save arrived: the retry does not apply it twice', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileSignedIn(page);
  const before = await storedCustomer(page);
  await dropConnection(page, 'after');
  requests.clear();

  await page.getByLabel('Middle name').fill('Quinn');
  await saveButton(page).click();

  await expect(problem(page)).toContainText(UNAVAILABLE);
  await expect(page.getByLabel('Middle name')).toHaveValue('Quinn');
  expect((await storedCustomer(page)).version).toBe(before.version + 1);

  await reconnect(page);
  await saveButton(page).click();

  // The old version is refused (409); the fresh customer already has the
  // change, so nothing is sent again.
  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(requests.list()).toEqual([
    'POST /demo/me',
    'POST /demo/me',
    'GET /demo/me',
  ]);
  const after = await storedCustomer(page);
  expect(after.middleName).toBe('Quinn');
  expect(after.version).toBe(before.version + 1);
  await expect(signOutButton(page)).toBeVisible();
});
