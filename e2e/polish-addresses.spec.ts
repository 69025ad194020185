import { expect, test } from '@playwright/test';

import { addressCard as card, startAddress } from './support/addresses';
import { newCustomer, signUp } from './support/customer';
import { openAnotherTab } from './support/navigation';

test('a UK address shows town, then its postcode upper-cased', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  await page.goto('/account/addresses');

  const form = await startAddress(page, {
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
  const other = await openAnotherTab(context, '/account/addresses');

  const first = await startAddress(page, {
    country: 'DE',
    street: 'Lindenweg',
    number: '7',
    postalCode: '10115',
    city: 'Berlin',
  });
  await first.getByLabel('Default shipping').check();
  const second = await startAddress(other, {
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
