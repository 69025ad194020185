import { expect, type Locator, type Page, test } from '@playwright/test';

import { newCustomer, signUp } from './support/customer';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user
 * would; fails if it never gets there, e.g. because focus got lost.
 */
async function tabTo(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
) {
  for (let presses = 0; presses < 40; presses++) {
    const focused = await target.evaluate(
      (element) => element === document.activeElement,
    );
    if (focused) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('sign in, edit the profile and add an address with the keyboard only', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.reload();

  await typeInto(page, page.getByLabel('Email'), customer.email);
  await typeInto(
    page,
    page.getByLabel('Password', { exact: true }),
    customer.password,
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account$/);

  const nav = page.getByRole('navigation');
  await tabTo(page, nav.getByRole('link', { name: 'Profile' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await typeInto(page, page.getByLabel('Last name'), 'Keyboard-Only');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/saved/i);

  await tabTo(page, nav.getByRole('link', { name: 'Addresses' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Add address' }));
  await page.keyboard.press('Space');
  const form = page.getByRole('form', { name: 'Add address' });
  await expect(
    form.getByRole('heading', { name: 'Add address' }),
  ).toBeFocused();
  await typeInto(page, form.getByLabel('Street'), 'Tastaturweg');
  await typeInto(page, form.getByLabel('House number'), '5');
  await typeInto(page, form.getByLabel('Postal code'), '10115');
  await typeInto(page, form.getByLabel('City'), 'Berlin');
  await page.keyboard.press('Enter');

  await expect(form).toHaveCount(0);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Tastaturweg' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add address' })).toBeFocused();

  await page.reload();
  await tabTo(page, page.getByRole('link', { name: 'Skip to main content' }));
  await tabTo(page, nav.getByRole('link', { name: 'Profile' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Last name')).toHaveValue('Keyboard-Only');
});
