import { expect, test } from '@playwright/test';

import {
  expectGreeted,
  newCustomer,
  signOut,
  signUp,
} from './support/customer';

/*
 * The berlin build is made without an account service (VITE_ACCOUNT_SERVICE_URL
 * unset), as a shop may ship one: nothing may offer what it cannot send.
 */

test('a build without an account service offers no reset or verification links', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await expectGreeted(page, customer);
  await expect(page.getByText('Please verify your email.')).toHaveCount(0);
  await page.getByRole('link', { name: 'Change email' }).click();
  await expect(page.getByText('Not verified')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Send verification link' }),
  ).toHaveCount(0);

  await signOut(page);
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Forgot your password?' }),
  ).toHaveCount(0);
  await page.goto('/forgot-password');
  await expect(
    page.getByText('Password reset is not available here.'),
  ).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveCount(0);
});
