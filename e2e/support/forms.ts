import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A field refused by the server: marked invalid, and the error summary
 * links to it with the message.
 */
export async function expectFieldError(
  page: Page,
  field: Locator,
  message: string,
) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('alert').getByRole('link', { name: message }),
  ).toBeVisible();
}
