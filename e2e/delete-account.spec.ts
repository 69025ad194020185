import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import { newCustomer, signIn, signUp } from './support/customer';
import { expectFieldError } from './support/forms';
import { saveFirstNameElsewhere } from './support/navigation';

async function openDeletePage(page: Page) {
  await page.goto('/account');
  await page.getByRole('link', { name: 'Delete account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Delete account' }),
  ).toBeVisible();
}

async function confirmDeletion(page: Page, password: string, word: string) {
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('Type DELETE to confirm').fill(word);
  await page.getByRole('button', { name: 'Delete my account' }).click();
}

test('a customer downloads the data, confirms with password and DELETE, and the account is gone', async ({
  page,
}) => {
  test.slow(); // a long journey on a shared, busy machine
  const customer = newCustomer();
  await signUp(page, customer);
  await openDeletePage(page);
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(
    /^my-account-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const data = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    account: Record<string, unknown>;
  };
  expect(data.account).toMatchObject({
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    addresses: [],
  });
  expect(data.account).not.toHaveProperty('password');
  await expect(page.getByText(/Your data is downloaded as/)).toBeVisible();

  await confirmDeletion(page, customer.password, 'delete');
  await expect(page.getByLabel('Type DELETE to confirm')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await confirmDeletion(page, 'Not-my-password-1', 'DELETE');
  await expectFieldError(
    page,
    page.getByLabel('Current password'),
    'The current password is wrong.',
  );
  await expect(page.getByLabel('Type DELETE to confirm')).toHaveValue('DELETE');
  await expectNoAxeViolations(page);

  await confirmDeletion(page, customer.password, 'DELETE');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your account is deleted' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByText(customer.email)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/sign-in');
  await signIn(page, customer);
  await expect(page.getByText('Email or password is wrong.')).toBeVisible();
});

test('a change from another tab meanwhile is shown, and the customer confirms again', async ({
  page,
  context,
}) => {
  test.slow(); // two tabs on a shared, busy machine
  const customer = newCustomer();
  await signUp(page, customer);
  await openDeletePage(page);
  const atStake = page.getByRole('region', { name: 'The account' });
  await expect(atStake).toContainText('Robin Sample');

  await saveFirstNameElsewhere(context, 'Changed');

  await confirmDeletion(page, customer.password, 'DELETE');
  await expect(
    page.getByText(
      'Your account was changed elsewhere meanwhile. Check it above, then ' +
        'confirm again.',
    ),
  ).toBeVisible();
  await expect(atStake).toContainText('Changed Sample');
  await expect(page.getByLabel('Type DELETE to confirm')).toHaveValue('DELETE');

  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your account is deleted' }),
  ).toBeVisible();
});
