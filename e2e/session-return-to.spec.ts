import { expect, test } from '@playwright/test';

import { newCustomer, signIn, signUp } from './support/customer';

test('sign-in returns to the account page that asked for it', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/account/addresses');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Faddresses$/);
  await signIn(page, customer);

  await expect(page).toHaveURL(/\/account\/addresses$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Addresses' }),
  ).toBeVisible();
});

test('sign-in from the cart returns to the cart', async ({ page }) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/cart');

  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await signIn(page, customer);

  await expect(page).toHaveURL(/\/cart$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cart' }),
  ).toBeVisible();
});
