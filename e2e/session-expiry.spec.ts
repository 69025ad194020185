import { expect, type Page, test } from '@playwright/test';

import { startAddress } from './support/addresses';
import { expectNoAxeViolations } from './support/axe';
import { newCustomer, signIn, signUp } from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { followNavLink } from './support/navigation';
import { skipOnLiveBuilds } from './support/projects';

/*
 * The session runs out under a form: the emulator's clock moves past the
 * refresh token's 200 days, so the next save finds the session gone.
 */
skipOnLiveBuilds();

const DAY = 86_400;

async function endSessionOnTheServer(page: Page) {
  await callEmulator(page, 'advanceClock', 201 * DAY);
}

function drafts(page: Page) {
  return page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((key) => key.startsWith('my-account-draft:'))
      .map((key) => sessionStorage.getItem(key) ?? ''),
  );
}

test('what was typed survives an expired session and a sign-in', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await followNavLink(page, 'Profile');
  await endSessionOnTheServer(page);

  await page.getByLabel('Last name').fill('Kept-Name');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fprofile$/);
  expect((await drafts(page)).join()).toContain('Kept-Name');
  await signIn(page, customer);
  expect((await drafts(page)).join()).not.toContain(customer.password);

  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(page.getByLabel('Last name')).toHaveValue('Kept-Name');
  await expect(page.getByRole('alert')).toContainText(
    'What you typed is back in the form',
  );
  await expectNoAxeViolations(page);
  expect(await drafts(page)).toEqual([]);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/saved/i);
  await page.reload();
  await expect(page.getByLabel('Last name')).toHaveValue('Kept-Name');
});

test('a half-typed address comes back in its open form', async ({ page }) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await followNavLink(page, 'Addresses');
  const form = await startAddress(page, {
    street: 'Lindenweg',
    number: '7',
    postalCode: '10115',
    city: 'Berlin',
  });
  await endSessionOnTheServer(page);

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Faddresses$/);
  await signIn(page, customer);

  await expect(form.getByLabel('Street')).toHaveValue('Lindenweg');
  await expect(form.getByLabel('City')).toHaveValue('Berlin');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Lindenweg' }),
  ).toBeVisible();
});

test('a draft never reaches another customer', async ({ page }) => {
  const first = newCustomer();
  const second = newCustomer();
  await signUp(page, second);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signUp(page, first);
  await followNavLink(page, 'Profile');
  await endSessionOnTheServer(page);
  await page.getByLabel('Last name').fill('Private-Draft');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);

  await signIn(page, second);

  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(page.getByLabel('Last name')).toHaveValue(second.lastName);
  await expect(page.getByText('Private-Draft')).toHaveCount(0);
  expect((await drafts(page)).join()).not.toContain('Private-Draft');
});

test('signing out on purpose keeps nothing', async ({ page }) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').fill('Thrown-Away');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto('/sign-in?returnTo=%2Faccount%2Fprofile');
  await signIn(page, customer);

  await expect(page.getByLabel('Last name')).toHaveValue(customer.lastName);
  expect(await drafts(page)).toEqual([]);
});
