import { randomBytes } from 'node:crypto';

import { expect, type Page } from '@playwright/test';

export interface TestCustomer {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** The mock-mode seed's customer, whose credentials sign-in hints at. */
export const DEMO: TestCustomer = {
  email: 'alex.demo@example.com',
  password: 'Demo-pass-1',
  firstName: 'Alex',
  lastName: 'Demo',
};

let counter = 0;

/**
 * A made-up customer whose email no other test uses. Workers are separate
 * processes with their own counters, and two of them can start a test in
 * the same millisecond: the worker's index and a random part keep their
 * emails apart (the live projects share one emulator).
 */
export function newCustomer(): TestCustomer {
  counter += 1;
  const worker = process.env.TEST_WORKER_INDEX ?? 'x';
  const random = randomBytes(3).toString('hex');
  const tag = `${Date.now().toString(36)}w${worker}n${counter}${random}`;
  return {
    email: `Shopper.${tag}@Example.test`,
    password: 'Sample-pass-42',
    firstName: 'Robin',
    lastName: 'Sample',
  };
}

/** The sign-in page, asked for by `returnTo`. */
export const signInPath = (returnTo: string) =>
  `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;

/** Fills in and sends the sign-up form, whatever the answer. */
export async function submitSignUp(page: Page, customer: TestCustomer) {
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(customer.firstName);
  await page.getByLabel('Last name').fill(customer.lastName);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signUp(page: Page, customer: TestCustomer) {
  await submitSignUp(page, customer);
  await expect(page).toHaveURL(/\/account$/);
}

/** Fills in and sends the sign-in form on the page that shows it. */
export async function signIn(page: Page, customer: TestCustomer) {
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
}

/** A page greets the customer by first name in its main heading. */
export async function expectGreeted(page: Page, customer: TestCustomer) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    customer.firstName,
  );
}

/**
 * Someone else signs up with `email`, an address already taken in
 * another spelling: refused on the email field, still on sign-up.
 */
export async function expectSignUpRefused(page: Page, email: string) {
  await submitSignUp(page, {
    firstName: 'Sam',
    lastName: 'Other',
    email,
    password: 'Other-pass-99',
  });
  await expect(page.getByLabel('Email')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByText(/already exists/i).first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
}

/** A new customer who has signed up and then out again. */
export async function signedOutCustomer(page: Page): Promise<TestCustomer> {
  const customer = newCustomer();
  await signUp(page, customer);
  await signOut(page);
  return customer;
}

/** The demo customer signs in on the way to the profile. */
export async function openProfileAsDemo(page: Page) {
  await page.goto(signInPath('/account/profile'));
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
}

/**
 * After a change of email or password: signs out, the old credentials
 * are refused and the new ones sign the customer in.
 */
export async function expectCredentialsChanged(
  page: Page,
  before: TestCustomer,
  after: TestCustomer,
) {
  await signOut(page);
  await page.goto('/sign-in');
  await signIn(page, before);
  await expect(page.getByText('Email or password is wrong.')).toBeVisible();
  await signIn(page, after);
  await expect(page).toHaveURL(/\/account$/);
}
