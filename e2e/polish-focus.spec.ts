import { expect, type Page, test } from '@playwright/test';

import { newCustomer, signIn, signUp } from './support/customer';

const skipLink = (page: Page) =>
  page.getByRole('link', { name: 'Skip to main content' });

test.describe('focus when a page opens', () => {
  test.beforeEach(async ({ page }) => {
    await signUp(page, newCustomer());
  });

  for (const [path, heading] of [
    ['/account', /^Hello/],
    ['/account/profile', 'Profile'],
    ['/account/addresses', 'Addresses'],
    ['/', /^Hello/],
  ] as const) {
    test(`a full load of ${path} leaves focus at the start of the page`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByText(/^Loading/)).toHaveCount(0);

      await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
      await page.keyboard.press('Tab');
      await expect(skipLink(page)).toBeFocused();
    });
  }

  test('moving to another page puts focus on its heading', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Account' });

    await nav.getByRole('link', { name: 'Addresses' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Addresses' }),
    ).toBeFocused();

    await nav.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});

test('after signing in, focus moves to the page the customer asked for', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/account/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);

  await signIn(page, customer);

  await expect(
    page.getByRole('heading', { level: 1, name: 'Profile' }),
  ).toBeFocused();
});

test('a save from the keyboard leaves the focus on its button', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  await page.goto('/account/profile');
  await page.getByLabel('Company').fill('Keyboard Example Ltd');
  const save = page.getByRole('button', { name: 'Save' });
  await save.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('Saved.');
  // A button that was disabled while saving would have dropped it.
  await expect(save).toBeFocused();
});
