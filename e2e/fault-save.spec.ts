import { expect, test, type Page } from '@playwright/test';

import { recordApiRequests } from './support/api-requests';
import { DEMO, openProfileAsDemo } from './support/customer';
import { callEmulator, storedCustomer } from './support/emulator-controls';
import { dropConnection, holdWrites, reconnect } from './support/page-network';
import { skipOnLiveBuilds } from './support/projects';

/*
 * Saving the profile while the service misbehaves, through the in-browser
 * emulator's fault controls. Each test runs in its own browser context, so
 * its emulator starts from the demo seed and its faults touch no one else.
 */

skipOnLiveBuilds('drives the in-browser emulator, which only mock builds have');

const UNAVAILABLE = 'The service is unavailable, try again.';

/** The demo customer as the emulator has stored it. */
const stored = (page: Page) => storedCustomer(page, DEMO.email);

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
    await openProfileAsDemo(page);
    const before = await stored(page);
    await callEmulator(page, 'setFaults', fault);
    requests.clear();

    await page.getByLabel('First name').fill('Alexandra');
    await saveButton(page).click();

    await expect(problem(page)).toContainText(UNAVAILABLE);
    await expect(page.getByLabel('First name')).toHaveValue('Alexandra');
    await expect(signOutButton(page)).toBeVisible();
    expect((await stored(page)).version).toBe(before.version);

    await callEmulator(page, 'setFaults', { failureRate: 0, outage: false });
    await saveButton(page).click();

    await expect(page.getByRole('status')).toHaveText('Saved.');
    await expect(problem(page)).toHaveCount(0);
    expect(requests.writes()).toHaveLength(2);
    const after = await stored(page);
    expect(after.firstName).toBe('Alexandra');
    expect(after.version).toBe(before.version + 1);
    await expect(signOutButton(page)).toBeVisible();
  });
}

test('a slow network: the button waits, a double click saves once', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileAsDemo(page);
  const before = await stored(page);
  await callEmulator(page, 'setFaults', { latencyMs: 1500 });
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
  expect((await stored(page)).version).toBe(before.version + 1);
});

test('offline before the save leaves: message, typing kept, retry saves once', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileAsDemo(page);
  const before = await stored(page);
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
  const after = await stored(page);
  expect(after.companyName).toBe('Offline Example Ltd');
  expect(after.version).toBe(before.version + 1);
});

test('the connection drops after the save arrived: the retry does not apply it twice', async ({
  page,
}) => {
  const requests = recordApiRequests(page);
  await openProfileAsDemo(page);
  const before = await stored(page);
  await dropConnection(page, 'after');
  requests.clear();

  await page.getByLabel('Middle name').fill('Quinn');
  await saveButton(page).click();

  await expect(problem(page)).toContainText(UNAVAILABLE);
  await expect(page.getByLabel('Middle name')).toHaveValue('Quinn');
  expect((await stored(page)).version).toBe(before.version + 1);

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
  const after = await stored(page);
  expect(after.middleName).toBe('Quinn');
  expect(after.version).toBe(before.version + 1);
  await expect(signOutButton(page)).toBeVisible();
});
