import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import { newCustomer, signUp } from './support/customer';
import { skipOnLiveBuilds } from './support/projects';

const html = (page: Page) => page.locator('html');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

skipOnLiveBuilds('the mock project covers the UI text');

test('Deutsch in the header turns sign-in, profile and addresses German', async ({
  page,
}) => {
  const customer = newCustomer();
  await page.goto('/sign-in');
  await expect(html(page)).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Deutsch' }).click();

  await expect(html(page)).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(heading(page)).toHaveText('Anmelden');
  await expect(page.getByLabel('E-Mail-Adresse')).toBeVisible();
  await expect(page.getByLabel('Passwort', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await expect(page).toHaveTitle('Anmelden – Mein Konto');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Konto erstellen' }).click();
  await page.getByLabel('Vorname').fill(customer.firstName);
  await page.getByLabel('Nachname').fill(customer.lastName);
  await page.getByLabel('E-Mail-Adresse').fill(customer.email);
  await page.getByLabel('Passwort', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Konto erstellen' }).click();
  await expect(heading(page)).toHaveText(`Hallo, ${customer.firstName}`);

  await page.getByRole('link', { name: 'Profil', exact: true }).click();
  await expect(heading(page)).toHaveText('Profil');
  await expect(page.getByLabel('Vorname', { exact: true })).toHaveValue(
    customer.firstName,
  );
  await expect(page.getByLabel('Bevorzugte Sprache')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speichern' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Adressen', exact: true }).click();
  await expect(heading(page)).toHaveText('Adressen');
  await page.getByRole('button', { name: 'Adresse hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Adresse hinzufügen' });
  const country = form.getByLabel('Land');
  await expect(country.locator('option:checked')).toHaveText('Deutschland');
  await expect(country.locator('option')).toContainText([
    'Österreich',
    'Vereinigtes Königreich',
  ]);
  await expectNoAxeViolations(page);

  await country.selectOption('AT');
  await form.getByLabel('Straße').fill('Ringstraße');
  await form.getByLabel('Hausnummer').fill('5');
  await form.getByLabel('Postleitzahl').fill('10115');
  await form.getByLabel('Ort').fill('Wien');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByLabel('Postleitzahl')).toHaveAccessibleDescription(
    /Das ist keine Postleitzahl für Österreich/,
  );
  await form.getByLabel('Postleitzahl').fill('1010');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toHaveCount(0);
  const card = page.getByRole('listitem').filter({ hasText: 'Ringstraße' });
  await expect(card).toContainText('Österreich');
  await expect(card.getByRole('button', { name: /bearbeiten/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(heading(page)).toHaveText('Adressen');
  await expect(html(page)).toHaveAttribute('lang', 'de');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Addresses');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(card).toContainText('Austria');
});

test('saving "Deutsch" as the preferred language switches the UI', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Preferred language')).toHaveValue('');

  await page
    .getByLabel('Preferred language')
    .selectOption({ label: 'Deutsch' });
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(heading(page)).toHaveText('Profil');
  await expect(html(page)).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('status')).toHaveText('Gespeichert.');
  await expect(page.getByLabel('Bevorzugte Sprache')).toHaveValue('de');
  await expectNoAxeViolations(page);

  // The switcher still decides for this browser, and its choice lasts.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Profile');
  await page.reload();
  await expect(heading(page)).toHaveText('Profile');
  await expect(page.getByLabel('Preferred language')).toHaveValue('de');
});

test('a German translation that cannot be downloaded is said, not ignored', async ({
  context,
  page,
}) => {
  // The chunk comes through the mock-mode service worker: only a
  // context route sees that request.
  await context.route(/\/assets\/german-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await page.getByRole('button', { name: 'Deutsch' }).click();

  await expect(page.getByRole('alert')).toHaveText(
    'Deutsch could not be loaded. Check the connection and try again.',
  );
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await context.unroute(/\/assets\/german-[^/]*\.js$/);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
