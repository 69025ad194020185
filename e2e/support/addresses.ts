import type { Page } from '@playwright/test';

export interface NewAddress {
  /** The country's code; left out, the form's preselected one stays. */
  country?: string;
  street: string;
  number: string;
  postalCode: string;
  city: string;
}

/** Opens the address book's add form and fills it in, without saving. */
export async function startAddress(page: Page, address: NewAddress) {
  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: 'Add address' });
  if (address.country) {
    await form.getByLabel('Country').selectOption(address.country);
  }
  await form.getByLabel('Street').fill(address.street);
  await form.getByLabel('House number').fill(address.number);
  await form.getByLabel('Postal code').fill(address.postalCode);
  await form.getByLabel('City').fill(address.city);
  return form;
}

/** The address book's card that shows `text`. */
export const addressCard = (page: Page, text: string) =>
  page.getByRole('listitem').filter({ hasText: text });
