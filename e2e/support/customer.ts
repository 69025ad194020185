import { expect, type Page } from '@playwright/test';

export interface TestCustomer {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

let counter = 0;

/** A made-up customer whose email no other test uses. */
export function newCustomer(): TestCustomer {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  return {
    email: `Shopper.${tag}@Example.test`,
    password: 'Sample-pass-42',
    firstName: 'Robin',
    lastName: 'Sample',
  };
}

export async function signUp(page: Page, customer: TestCustomer) {
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(customer.firstName);
  await page.getByLabel('Last name').fill(customer.lastName);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

export async function signIn(page: Page, customer: TestCustomer) {
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
}
