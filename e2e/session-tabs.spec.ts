import { expect, test } from '@playwright/test';

import { newCustomer, signIn, signUp } from './support/customer';
import { followNavLink, navLink, openAnotherTab } from './support/navigation';

test('signing in and out in one tab follows in the other', async ({
  page,
  context,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const other = await openAnotherTab(context, '/cart');
  await expect(other.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await signIn(page, customer);
  await expect(page).toHaveURL(/\/account$/);

  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(navLink(other, 'Profile')).toBeVisible();
  await followNavLink(other, 'Profile');
  await expect(other.getByLabel('Email')).toHaveValue(customer.email);

  await other.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await page.goto('/account/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fprofile$/);
});
