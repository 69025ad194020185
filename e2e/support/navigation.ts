import { expect, type BrowserContext, type Page } from '@playwright/test';

/** A link in the site's navigation. */
export const navLink = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name });

/** Follows a link in the site's navigation, as a visitor would. */
export async function followNavLink(page: Page, name: string) {
  await navLink(page, name).click();
}

/** A second tab of the same browser, opened on `path`. */
export async function openAnotherTab(context: BrowserContext, path: string) {
  const other = await context.newPage();
  await other.goto(path);
  return other;
}

/**
 * Meanwhile, in another tab, the customer saves a new first name; the
 * tab closes again.
 */
export async function saveFirstNameElsewhere(
  context: BrowserContext,
  firstName: string,
) {
  const other = await openAnotherTab(context, '/account/profile');
  await other.getByLabel('First name').fill(firstName);
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('status')).toContainText(/saved/i);
  await other.close();
}
