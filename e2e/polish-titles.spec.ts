import { expect, test } from '@playwright/test';

import { newCustomer, signUp } from './support/customer';

test('pages open without signing in have titles of their own', async ({
  page,
}) => {
  for (const [path, title] of [
    ['/sign-in', 'Sign in – My Account'],
    ['/sign-up', 'Create your account – My Account'],
    ['/forgot-password', 'Reset your password – My Account'],
    ['/no-such-page', 'Page not found – My Account'],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
});

test('each account page names itself in the title', async ({ page }) => {
  await signUp(page, newCustomer());
  await expect(page).toHaveTitle('Overview – My Account');

  const nav = page.getByRole('navigation', { name: 'Account' });
  for (const [link, title] of [
    ['Profile', 'Profile – My Account'],
    ['Addresses', 'Addresses – My Account'],
    ['Overview', 'Overview – My Account'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveTitle(title);
  }

  for (const [path, title] of [
    ['/account/email', 'Email – My Account'],
    ['/account/password', 'Change password – My Account'],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
});
