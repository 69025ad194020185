import { type BrowserContext, expect, type Page, test } from '@playwright/test';

import { newCustomer, signUp } from './support/customer';
import { openAnotherTab } from './support/navigation';

/** A new customer's profile, open in this tab and in another one. */
async function profileInTwoTabs(page: Page, context: BrowserContext) {
  await signUp(page, newCustomer());
  await page.goto('/account/profile');
  const other = await openAnotherTab(context, '/account/profile');
  await expect(other.getByLabel('First name')).toHaveValue('Robin');
  return other;
}

test('edits from two tabs both survive when they touch different fields', async ({
  page,
  context,
}) => {
  const other = await profileInTwoTabs(page, context);

  await page.getByLabel('First name').fill('Tab-one');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText(/saved/i);

  await other.getByLabel('Last name').fill('Tab-two');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('status')).toContainText(/saved/i);
  await expect(other.getByLabel('First name')).toHaveValue('Tab-one');

  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Tab-one');
  await expect(page.getByLabel('Last name')).toHaveValue('Tab-two');
});

test('when both tabs change the same field the user sees both and chooses', async ({
  page,
  context,
}) => {
  const other = await profileInTwoTabs(page, context);

  await page.getByLabel('First name').fill('Saved-first');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText(/saved/i);

  await other.getByLabel('First name').fill('Typed-second');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByText('Saved-first')).toBeVisible();
  await expect(other.getByLabel('First name')).toHaveValue('Typed-second');

  await other.getByRole('radio', { name: /your change/i }).check();
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('status')).toContainText(/saved/i);

  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Typed-second');
});
