import { expect, test, type Page } from '@playwright/test';
import { newCustomer, signIn, signOut, signUp } from './support/customer';
import { isLiveProject, MOCK_ONLY } from './support/projects';

async function addAddress(
  page: Page,
  address: { street: string; number: string; postalCode: string; city: string },
) {
  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: /address/i });
  await form.getByLabel('Country').selectOption('DE');
  await form.getByLabel('Street').fill(address.street);
  await form.getByLabel('House number').fill(address.number);
  await form.getByLabel('Postal code').fill(address.postalCode);
  await form.getByLabel('City').fill(address.city);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

function addressCard(page: Page, street: string) {
  return page.getByRole('listitem').filter({ hasText: street });
}

test('a new customer signs up, signs in and keeps a profile and addresses', async ({
  page,
}) => {
  const customer = newCustomer();

  await signUp(page, customer);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    customer.firstName,
  );

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
  const customer = newCustomer();
  await signUp(page, customer);
  await signOut(page);

  await page.goto('/sign-up');
  await page.getByLabel('First name').fill('Sam');
  await page.getByLabel('Last name').fill('Other');
  await page.getByLabel('Email').fill(customer.email.toLowerCase());
  await page.getByLabel('Password', { exact: true }).fill('Other-pass-99');
  await page.getByRole('button', { name: 'Create account' }).click();

  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/already exists/i).first()).toBeVisible();
  await expect(email).toHaveValue(customer.email.toLowerCase());
  await expect(page).toHaveURL(/\/sign-up$/);
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
  await signIn(page, {
    email: 'alex.demo@example.com',
    password: 'Demo-pass-1',
    firstName: 'Alex',
    lastName: 'Demo',
  });
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Alex');
});
