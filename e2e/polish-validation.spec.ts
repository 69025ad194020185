import { expect, test } from '@playwright/test';

import {
  newCustomer,
  signIn,
  signOut,
  signUp,
  type TestCustomer,
} from './support/customer';

/** A customer whose email the API takes but a narrow check would refuse. */
function withEmail(local: string, domain: string): TestCustomer {
  const tag = newCustomer().email.split('@')[0]?.split('.')[1] ?? 'x';
  return { ...newCustomer(), email: `${local}.${tag}@${domain}` };
}

for (const [local, domain] of [
  ['jörg', 'müller.de'],
  ['user!tag', 'example.com'],
  ['user', 'localhost'],
] as const) {
  test(`a customer with an email like ${local}@${domain} signs up and in`, async ({
    page,
  }) => {
    const customer = withEmail(local, domain);

    await signUp(page, customer);
    await signOut(page);
    await signIn(page, customer);

    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    await expect(page.getByLabel('Email')).toHaveValue(customer.email);
  });
}

test('a long first name from sign-up never blocks a later profile save', async ({
  page,
}) => {
  const customer = { ...newCustomer(), firstName: 'Q'.repeat(150) };

  await signUp(page, customer);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('VAT ID').fill('DE123456789');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('sign-up says why an email with a space is refused', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('robin sample@example.test');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(
    page.getByRole('alert').getByRole('link', {
      name: 'An email address has no spaces.',
    }),
  ).toBeVisible();
});
