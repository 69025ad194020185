import { expect, test } from '@playwright/test';

import { recordApiRequests } from './support/api-requests';
import { newCustomer, signUp } from './support/customer';
import { holdWrites } from './support/page-network';
import { skipOnLiveBuilds } from './support/projects';

/*
 * Forms that send once however often they are submitted while a request
 * is on its way: the page holds every write until both clicks (and an
 * Enter) have landed, so the later submits always find the first still
 * pending. Two guards stop them, the disabled button and the form's
 * single-flight submit (`useFormSubmit`); with neither, these forms sent
 * three requests. The profile's save has its own test in fault-save.
 */

skipOnLiveBuilds('holds writes in the page, which the mock build allows');

test('a double click on Create account signs up once', async ({ page }) => {
  const customer = newCustomer();
  const requests = recordApiRequests(page);
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(customer.firstName);
  await page.getByLabel('Last name').fill(customer.lastName);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  const release = await holdWrites(page);

  await page.getByRole('button', { name: 'Create account' }).dblclick();
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await release();

  await expect(page).toHaveURL(/\/account$/);
  const signUps = requests.list().filter((r) => r === 'POST /demo/me/signup');
  expect(signUps).toHaveLength(1);
});

test('a double click on Change email changes it once', async ({ page }) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('link', { name: 'Change email' }).click();
  const moved = customer.email.replace('Shopper.', 'Moved.');
  await page.getByLabel('New email').fill(moved);
  await page.getByLabel('Current password').fill(customer.password);
  const requests = recordApiRequests(page);
  const release = await holdWrites(page);

  await page.getByRole('button', { name: 'Change email' }).dblclick();
  await page.getByLabel('Current password').press('Enter');
  await release();

  await expect(page.getByText(`Your email is now ${moved}.`)).toBeVisible();
  const checks = requests
    .list()
    .filter((r) => r.startsWith('POST /oauth/') && r.endsWith(' password'));
  expect(checks).toHaveLength(1);
  expect(requests.writes()).toHaveLength(1);
});
