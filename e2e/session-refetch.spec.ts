import { expect, type Page, test } from '@playwright/test';

import { newCustomer, signUp } from './support/customer';
import { followNavLink, saveFirstNameElsewhere } from './support/navigation';

/** What the browser does when the user comes back to the tab. */
async function comeBackToTab(page: Page) {
  const refetched = page.waitForResponse(
    (r) => r.request().method() === 'GET' && /\/me$/.test(r.url()),
  );
  await page.evaluate(() =>
    window.dispatchEvent(new Event('visibilitychange')),
  );
  await refetched;
}

test('a typed last name survives a focus refetch (S20)', async ({
  page,
  context,
}) => {
  await signUp(page, newCustomer());
  await followNavLink(page, 'Profile');
  await expect(page.getByLabel('Last name')).toHaveValue('Sample');

  await page.getByLabel('Last name').fill('Typed-Name');
  // Meanwhile the server's copy changes, so the refetch brings news.
  await saveFirstNameElsewhere(context, 'Other-Tab');
  await comeBackToTab(page);

  await expect(page.getByLabel('Last name')).toHaveValue('Typed-Name');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/saved/i);
  // After a save the form shows the server's customer: both changes.
  await expect(page.getByLabel('Last name')).toHaveValue('Typed-Name');
  await expect(page.getByLabel('First name')).toHaveValue('Other-Tab');
});
