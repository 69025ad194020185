import { expect, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import { newCustomer, signUp } from './support/customer';
import { followNavLink, navLink } from './support/navigation';

test.beforeEach(async ({ page }) => {
  await signUp(page, newCustomer());
});

test('leaving the profile with unsaved changes asks first', async ({
  page,
}) => {
  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').fill('Unsaved-Name');

  await followNavLink(page, 'Addresses');

  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Stay on this page' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(page.getByLabel('Last name')).toHaveValue('Unsaved-Name');
  await expect(navLink(page, 'Addresses')).toBeFocused();

  await followNavLink(page, 'Addresses');
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/\/account\/addresses$/);
});

test('nothing is asked without changes, nor after saving them', async ({
  page,
}) => {
  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').fill('Typed');
  await page.getByLabel('Last name').fill('Sample');
  await followNavLink(page, 'Addresses');
  await expect(page).toHaveURL(/\/account\/addresses$/);

  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').fill('Saved-Name');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/saved/i);
  await followNavLink(page, 'Addresses');

  await expect(page).toHaveURL(/\/account\/addresses$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a half-typed address asks before leaving too', async ({ page }) => {
  await followNavLink(page, 'Addresses');
  await page.getByRole('button', { name: 'Add address' }).click();
  await page.getByLabel('Street').fill('Lindenweg');

  await followNavLink(page, 'Profile');

  await expect(
    page.getByRole('dialog', { name: 'Leave without saving?' }),
  ).toBeVisible();
});

test('reloading or closing with unsaved changes gets the browser prompt', async ({
  page,
}) => {
  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').click();
  await page.keyboard.type('-Changed');

  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });

  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();

  // Staying keeps the page, and what was typed, as it was; waiting for
  // it also lets the cancelled close settle before the test's teardown.
  await expect(page.getByLabel('Last name')).toHaveValue(/-Changed$/);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});

test('signing out with unsaved changes asks first', async ({ page }) => {
  await followNavLink(page, 'Profile');
  await page.getByLabel('Last name').fill('Unsaved-Name');

  await page.getByRole('button', { name: 'Sign out' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();

  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByLabel('Last name')).toHaveValue('Unsaved-Name');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
});
