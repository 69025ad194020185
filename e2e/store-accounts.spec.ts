import { expect, test } from '@playwright/test';

import {
  expectGreeted,
  expectSignUpRefused,
  newCustomer,
  signIn,
  signOut,
  signUp,
} from './support/customer';
import { meInStore, passwordFlow, signUpInStore } from './support/emulator';
import { storeKeyOf } from './support/projects';

/*
 * Store builds against the HTTP emulator: customers belong to the store
 * they signed up in, and an email is unique per store. The other store's
 * customers are made through the emulator's API, as that store's own app
 * would make them.
 */

test.beforeEach(() => {
  test.skip(!storeKeyOf(test.info()), 'needs a store build');
});

test('a customer of another store cannot sign in here and is told why', async ({
  page,
}) => {
  const customer = newCustomer();
  const elsewhere = await signUpInStore(customer, 'paris');
  expect(elsewhere.status).toBe(201);

  await page.goto('/sign-in');
  await signIn(page, customer);

  await expect(page.getByText(/email or password is wrong/i)).toBeVisible();
  await expect(page.getByText(/another of our shops/i)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(customer.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('a sign-up here belongs to this store only', async ({ page }) => {
  const store = storeKeyOf(test.info()) ?? '';
  const customer = newCustomer();

  await signUp(page, customer);

  const me = await meInStore(customer, store);
  expect(me.status).toBe(200);
  expect(me.body.stores).toEqual([{ typeId: 'store', key: store }]);
  const global = await passwordFlow(customer);
  expect(global.status).toBe(400);
  expect(global.body.error).toBe('invalid_customer_account_credentials');
  const paris = await passwordFlow(customer, 'paris');
  expect(paris.status).toBe(400);
  expect(paris.body.error).toBe('invalid_customer_account_credentials');
});

test('one email signs up in two stores, but only once in each', async ({
  page,
}) => {
  const customer = newCustomer();
  const elsewhere = await signUpInStore(customer, 'paris');
  expect(elsewhere.status).toBe(201);

  await signUp(page, customer);
  await expectGreeted(page, customer);
  await signOut(page);

  await expectSignUpRefused(page, customer.email.toUpperCase());
  const paris = await passwordFlow(customer, 'paris');
  expect(paris.status).toBe(200);
});
