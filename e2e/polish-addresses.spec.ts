import { expect, type Page, test } from '@playwright/test';

import { newCustomer, signUp } from './support/customer';

interface NewAddress {
  country: string;
  street: string;
  number: string;
  postalCode: string;
  city: string;
}

async function fillAddress(page: Page, address: NewAddress) {
  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: 'Add address' });
  await form.getByLabel('Country').selectOption(address.country);
  await form.getByLabel('Street').fill(address.street);
  await form.getByLabel('House number').fill(address.number);
  await form.getByLabel('Postal code').fill(address.postalCode);
  await form.getByLabel('City').fill(address.city);
  return form;
}

const card = (page: Page, text: string) =>
  page.getByRole('listitem').filter({ hasText: text });

test('a UK address shows town, then its postcode upper-cased', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  await page.goto('/account/addresses');

  const form = await fillAddress(page, {
    country: 'GB',
    street: 'Example Road',
    number: '10',
    postalCode: 'sw1a1aa',
    city: 'London',
  });
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(card(page, 'Example Road')).toContainText(
    '10 Example RoadLondonSW1A 1AAUnited Kingdom',
  );
});

test('two tabs adding a default shipping address: the second one chooses', async ({
  page,
  context,
}) => {
  await signUp(page, newCustomer());
  await page.goto('/account/addresses');
  const other = await context.newPage();
  await other.goto('/account/addresses');

  const first = await fillAddress(page, {
    country: 'DE',
    street: 'Lindenweg',
    number: '7',
    postalCode: '10115',
    city: 'Berlin',
  });
  await first.getByLabel('Default shipping').check();
  const second = await fillAddress(other, {
    country: 'DE',
    street: 'Ahornallee',
    number: '12',
    postalCode: '80331',
    city: 'München',
  });
  await second.getByLabel('Default shipping').check();

  await first.getByRole('button', { name: 'Save' }).click();
  await expect(card(page, 'Lindenweg')).toContainText('Default shipping');
  await second.getByRole('button', { name: 'Save' }).click();

  const choice = second.getByRole('group', {
    name: /default shipping address was changed in another place/,
  });
  await expect(choice).toContainText('Lindenweg 7, 10115 Berlin');
  await expect(choice).toContainText('Ahornallee 12, 80331 München');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(
    other.getByRole('link', {
      name: 'Choose which address to keep as your default shipping address.',
    }),
  ).toBeVisible();

  await choice.getByRole('radio', { name: /Keep the default/ }).check();
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second).toHaveCount(0);

  await other.reload();
  await expect(card(other, 'Lindenweg')).toContainText('Default shipping');
  await expect(card(other, 'Ahornallee')).not.toContainText('Default shipping');
});
