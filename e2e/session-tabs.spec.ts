import { expect, test } from '@playwright/test';

import { newCustomer, signIn, signUp } from './support/customer';

test('signing in and out in one tab follows in the other', async ({
  page,
  context,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const other = await context.newPage();
  await other.goto('/cart');
  await expect(other.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await signIn(page, customer);
  await expect(page).toHaveURL(/\/account$/);

  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(
    other.getByRole('navigation').getByRole('link', { name: 'Profile' }),
  ).toBeVisible();
  await other
    .getByRole('navigation')
    .getByRole('link', { name: 'Profile' })
    .click();
  await expect(other.getByLabel('Email')).toHaveValue(customer.email);

  await other.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await page.goto('/account/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fprofile$/);
});
