import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import {
  expectCredentialsChanged,
  expectGreeted,
  signedOutCustomer,
  signIn,
  signInPath,
  signOut,
} from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';

// The reset emails come from the account service, which mock mode plays
// (a build without one: store-without-account-service.spec.ts).
skipOnLiveBuilds('the mailbox is mock mode only');

async function askForResetLink(page: Page, email: string) {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(
    `If there is an account for ${email}, we have sent it a link`,
  );
}

/** The newest reset link in the demo mailbox, as an address. */
async function newestResetLink(page: Page): Promise<string> {
  await page.goto('/mailbox');
  const link = page.getByRole('link', { name: 'Reset your password' }).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/reset-password\?token=[\w-]+$/);
  return href ?? '';
}

test('a customer who forgot the password gets a link, chooses a new one and is signed in', async ({
  page,
}) => {
  test.slow(); // a long journey on a shared, busy machine
  const customer = await signedOutCustomer(page);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reset your password' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(customer.email.toLowerCase());
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(
    `If there is an account for ${customer.email.toLowerCase()}`,
  );
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'mailbox', exact: true }).click();
  const mail = page.getByRole('listitem').filter({
    hasText: `To ${customer.email}`,
  });
  await expect(mail).toHaveCount(1);
  await expectNoAxeViolations(page);
  await mail.getByRole('link', { name: 'Reset your password' }).click();

  // The token is gone from the address bar before anything else happens.
  await expect(page).toHaveURL(/\/reset-password$/);
  const fresh = page.getByLabel('New password');
  await expect(fresh).toBeVisible();
  await expect(fresh).toHaveAttribute('autocomplete', 'new-password');
  await expectNoAxeViolations(page);
  await fresh.fill('Reset-pass-2026');
  await expect(page.getByText('Strength: Strong.')).toBeVisible();
  await page.getByRole('button', { name: 'Save new password' }).click();

  await expect(page.getByRole('status')).toHaveText(
    'Password changed. You are signed in.',
  );
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await expectGreeted(page, customer);

  await expectCredentialsChanged(page, customer, {
    ...customer,
    password: 'Reset-pass-2026',
  });
});

test('a reset with the account open in another tab leaves both signed in', async ({
  page,
  context,
}) => {
  test.slow(); // two tabs and a long journey on a shared, busy machine
  const customer = await signedOutCustomer(page);
  await page.goto(signInPath('/account'));
  await signIn(page, customer);
  await expectGreeted(page, customer);
  const other = await context.newPage();
  await other.goto('/account');
  await expectGreeted(other, customer);

  await page.bringToFront();
  await askForResetLink(page, customer.email);
  await page.goto(await newestResetLink(page));
  await page.getByLabel('New password').fill('Reset-pass-2026');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Password changed. You are signed in.',
  );

  // The other tab followed the sign-out and sign-in the reset makes; its
  // own guest session, asked for in between, must not replace them.
  for (const tab of [page, other]) {
    await tab.goto('/account');
    await expectGreeted(tab, customer);
  }
});

test('an unknown email gets the same answer, and no email is sent', async ({
  page,
}) => {
  await askForResetLink(page, 'nobody.here@example.test');

  await page.goto('/mailbox');
  await expect(page.getByText('No emails yet.')).toBeVisible();
});

test('a used link and an expired link are told apart before any password is asked', async ({
  page,
}) => {
  test.slow(); // a long journey on a shared, busy machine
  const customer = await signedOutCustomer(page);
  await askForResetLink(page, customer.email);
  const used = await newestResetLink(page);
  await page.goto(used);
  await page.getByLabel('New password').fill('Reset-pass-2026');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status')).toContainText('Password changed.');
  await signOut(page);

  await page.goto(used);
  await expect(page.getByRole('status')).toHaveText(
    'This link does not work. It may have been used already, or a newer ' +
      'link replaced it.',
  );
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await askForResetLink(page, customer.email);
  const late = await newestResetLink(page);
  await callEmulator(page, 'advanceClock', 61 * 60);
  await page.goto(late);
  await expect(page.getByRole('status')).toHaveText('This link has expired.');
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test('the reset page without a token says the link does not work', async ({
  page,
}) => {
  await page.goto('/reset-password');

  await expect(page.getByRole('status')).toContainText(
    'This link does not work.',
  );
  await expect(page.getByLabel('New password')).toHaveCount(0);
});
