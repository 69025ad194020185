import { expect, test, type Page } from '@playwright/test';

import {
  addressCard,
  type NewAddress,
  startAddress,
} from './support/addresses';
import {
  DEMO,
  expectGreeted,
  expectSignUpRefused,
  newCustomer,
  signedOutCustomer,
  signIn,
  signOut,
  signUp,
} from './support/customer';
import { isLiveProject, MOCK_ONLY } from './support/projects';

async function addAddress(page: Page, address: NewAddress) {
  const form = await startAddress(page, { country: 'DE', ...address });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

test('a new customer signs up, signs in and keeps a profile and addresses', async ({
  page,
}) => {
  const customer = newCustomer();

  await signUp(page, customer);
  await expectGreeted(page, customer);

  await signOut(page);
  await page.goto('/account/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await signIn(page, customer);
  await expect(page).toHaveURL(/\/account\/profile$/);

  await page.getByLabel('First name').fill('Kim');
  await page.getByLabel('Last name').fill('Example-Smith');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText(/saved/i);

  await page.getByRole('link', { name: 'Addresses' }).click();
  await addAddress(page, {
    street: 'Lindenweg',
    number: '7',
    postalCode: '10115',
    city: 'Berlin',
  });
  await addAddress(page, {
    street: 'Ahornallee',
    number: '12b',
    postalCode: '80331',
    city: 'München',
  });
  await expect(addressCard(page, 'Lindenweg')).toBeVisible();
  await expect(addressCard(page, 'Ahornallee')).toBeVisible();

  await addressCard(page, 'Lindenweg')
    .getByRole('button', { name: /default shipping/i })
    .click();
  await expect(addressCard(page, 'Lindenweg')).toContainText(
    'Default shipping',
  );
  await addressCard(page, 'Ahornallee')
    .getByRole('button', { name: /default billing/i })
    .click();
  await expect(addressCard(page, 'Ahornallee')).toContainText(
    'Default billing',
  );

  await addressCard(page, 'Ahornallee')
    .getByRole('button', { name: /edit/i })
    .click();
  const form = page.getByRole('form', { name: /address/i });
  await expect(form.getByLabel('Street')).toHaveValue('Ahornallee');
  await form.getByLabel('City').fill('Augsburg');
  await form.getByLabel('Postal code').fill('86150');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(addressCard(page, 'Ahornallee')).toContainText('Augsburg');
  await expect(addressCard(page, 'Ahornallee')).toContainText('12b');

  await addressCard(page, 'Lindenweg')
    .getByRole('button', { name: /remove/i })
    .click();
  await page.getByRole('button', { name: /^(remove|yes, remove)/i }).click();
  await expect(addressCard(page, 'Lindenweg')).toHaveCount(0);

  await page.reload();
  await expect(addressCard(page, 'Ahornallee')).toContainText('Augsburg');
  await expect(addressCard(page, 'Ahornallee')).toContainText(
    'Default billing',
  );
  await expect(addressCard(page, 'Lindenweg')).toHaveCount(0);
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Kim');
  await expect(page.getByLabel('Last name')).toHaveValue('Example-Smith');
  await expect(page.getByLabel('Email')).toHaveValue(customer.email);
});

test('a second sign-up with the same email, in any case, is refused on the email field', async ({
  page,
}) => {
  const customer = await signedOutCustomer(page);

  await expectSignUpRefused(page, customer.email.toLowerCase());
  await expect(page.getByLabel('Email')).toHaveValue(
    customer.email.toLowerCase(),
  );
});

test('wrong credentials get one neutral message and keep the email', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('alex.demo@example.com');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText(/email or password is wrong/i)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('alex.demo@example.com');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
});

test('the demo customer signs in with the hinted credentials', async ({
  page,
}) => {
  test.skip(isLiveProject(test.info()), MOCK_ONLY);
  await page.goto('/sign-in');
  await signIn(page, DEMO);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Alex');
});
