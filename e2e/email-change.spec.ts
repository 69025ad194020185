import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import {
  expectCredentialsChanged,
  expectGreeted,
  newCustomer,
  signedOutCustomer,
  signUp,
  type TestCustomer,
} from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { expectFieldError } from './support/forms';
import { skipOnLiveBuilds } from './support/projects';

async function changeEmail(page: Page, email: string, password: string) {
  await page.getByLabel('New email').fill(email);
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Change email' }).click();
}

async function openEmailPage(page: Page) {
  await page.goto('/account');
  await page.getByRole('link', { name: 'Change email' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Email' }),
  ).toBeVisible();
}

test('a customer changes the email after a password check and signs in with it', async ({
  page,
}) => {
  test.slow(); // a long journey on a shared, busy machine
  const customer = newCustomer();
  const renamed: TestCustomer = {
    ...customer,
    email: customer.email.replace('Shopper.', 'Moved.'),
  };
  await signUp(page, customer);
  await openEmailPage(page);
  await expectNoAxeViolations(page);

  await changeEmail(page, renamed.email, 'Not-my-password-1');
  await expectFieldError(
    page,
    page.getByLabel('Current password'),
    'The current password is wrong.',
  );
  await expect(page.getByLabel('New email')).toHaveValue(renamed.email);
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill(customer.password);
  await page.getByRole('button', { name: 'Change email' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Your email is now ${renamed.email}. It is not verified yet.`,
  );
  const current = page.getByRole('region', { name: 'Your email' });
  await expect(current).toContainText(renamed.email);
  await expect(current).toContainText('Not verified');

  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Profile' }),
  ).toBeVisible();
  const shown = page.getByLabel('Email', { exact: true });
  await expect(shown).toHaveValue(renamed.email);
  await expect(shown).toHaveAttribute('readonly', '');

  await expectCredentialsChanged(page, customer, renamed);
});

test("another customer's email is refused on the email field, in any case", async ({
  page,
}) => {
  const first = await signedOutCustomer(page);
  const second = newCustomer();
  await signUp(page, second);
  await openEmailPage(page);

  await changeEmail(page, first.email.toLowerCase(), second.password);

  const email = page.getByLabel('New email');
  await expectFieldError(
    page,
    email,
    'An account with this email already exists.',
  );
  await expect(email).toHaveValue(first.email.toLowerCase());
});

test.describe('verification, with the mock account service', () => {
  skipOnLiveBuilds('live builds here have no account service');

  test('the customer asks for a link, opens it from the mailbox and is verified', async ({
    page,
  }) => {
    test.slow(); // a long journey on a shared, busy machine
    const customer = newCustomer();
    await signUp(page, customer);
    await openEmailPage(page);
    await expect(
      page.getByRole('region', { name: 'Your email' }),
    ).toContainText('Not verified');

    const send = page.getByRole('button', { name: 'Send verification link' });
    await send.click();
    await expect(
      page.getByText(`We sent a link to ${customer.email}.`),
    ).toBeVisible();
    await expect(send).toHaveAttribute('aria-disabled', 'true');
    await expect(
      page.getByText(/You can ask for another link in \d+ seconds\./),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Mailbox', exact: true }).click();
    const mail = page
      .getByRole('listitem')
      .filter({ hasText: `To ${customer.email}` });
    await mail.getByRole('link', { name: 'Verify your email' }).click();

    await expect(page).toHaveURL(/\/verify-email$/);
    await expect(page.getByRole('status')).toHaveText(
      `Thank you: ${customer.email} is verified.`,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await expectGreeted(page, customer);
    await expect(page.getByText('Not verified')).toHaveCount(0);
    await expect(page.getByText('Please verify your email.')).toHaveCount(0);
  });

  test('the banner counts down before another link and says when one may be asked for', async ({
    page,
  }) => {
    await page.clock.install();
    await signUp(page, newCustomer());
    await expect(page.getByText('Please verify your email.')).toBeVisible();
    await expectNoAxeViolations(page);
    // From here on the page's time moves only when the test says so.
    await page.clock.pauseAt(Date.now() + 60_000);

    const send = page.getByRole('button', { name: 'Send verification link' });
    await send.click();
    await expect(page.getByText(/We sent a link to/)).toBeVisible();
    await expect(send).toHaveAttribute('aria-disabled', 'true');
    await expect(
      page.getByText('You can ask for another link in 60 seconds.'),
    ).toBeVisible();
    // Stays focusable but does nothing until the time is up.
    await send.click({ force: true });
    await page.clock.fastForward(30_000);
    await expect(
      page.getByText('You can ask for another link in 30 seconds.'),
    ).toBeVisible();

    await page.clock.fastForward(30_000);
    await expect(
      page.getByText('You can ask for another link now.'),
    ).toBeVisible();
    await expect(send).not.toHaveAttribute('aria-disabled');
    await send.click();
    await expect(page.getByText(/We sent a link to/)).toBeVisible();

    // Time runs again: a fresh page starts its emulator after a frame.
    await page.clock.resume();
    await page.goto('/mailbox');
    await expect(
      page.getByRole('link', { name: 'Verify your email' }),
    ).toHaveCount(2);
  });

  test('a used link and an expired one say so and offer a new link', async ({
    page,
  }) => {
    test.slow(); // a long journey on a shared, busy machine
    const customer = newCustomer();
    await signUp(page, customer);
    await page.getByRole('button', { name: 'Send verification link' }).click();
    await expect(page.getByText(/We sent a link to/)).toBeVisible();
    await page.goto('/mailbox');
    const link = page.getByRole('link', { name: 'Verify your email' });
    await expect(link).toBeVisible();
    const used = (await link.getAttribute('href')) ?? '';
    await page.goto(used);
    await expect(page.getByRole('status')).toContainText('is verified.');

    await page.goto(used);
    await expect(page.getByRole('status')).toContainText(
      'This link does not work.',
    );
    await expect(
      page.getByText(`Your email ${customer.email} is verified already.`),
    ).toBeVisible();

    await page.goto('/account/email');
    await changeEmail(
      page,
      customer.email.replace('Shopper.', 'Later.'),
      customer.password,
    );
    await expect(page.getByRole('status')).toContainText('not verified yet');
    await callEmulator(page, 'advanceClock', 61);
    await page.getByRole('button', { name: 'Send verification link' }).click();
    await expect(page.getByText(/We sent a link to/)).toBeVisible();
    await page.goto('/mailbox');
    const late = (await link.first().getAttribute('href')) ?? '';
    await callEmulator(page, 'advanceClock', 25 * 3600);
    await page.goto(late);
    await expect(page.getByRole('status')).toHaveText('This link has expired.');
    await expect(
      page.getByRole('button', { name: 'Send verification link' }),
    ).toBeVisible();
  });
});
