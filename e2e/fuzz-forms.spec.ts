import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';

import { DEMO, signIn, signInPath } from './support/customer';
import { storedCustomer } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';

/*
 * Hostile and unusual text typed into the profile and address forms must
 * be stored exactly as typed, shown exactly as typed and never run. A
 * script that did run would set `window.__pwned` or open a dialog.
 */

skipOnLiveBuilds(
  'reads what was stored from the in-browser emulator (mock builds only)',
);

const PWN = 'window.__pwned=1';

const nasty = {
  script: `<script>${PWN}</script>`,
  attribute: `"><img src=x onerror="${PWN}">`,
  svg: `<svg/onload=${PWN}>x`,
  template: "{{constructor.constructor('alert(1)')()}}",
  link: `javascript:${PWN}`,
  rtl: 'مرحبا بالعالم \u202Egnp.exe',
  hebrew: 'שלום עולם',
  emoji: 'Zoë 👩🏽‍💻 🇩🇪 Ǹ̶a̷m̸e̶',
  cjk: '山田 太郎 𠮷野家',
  quotes: `O'Brien "Bob" \\ \`tick\` & &amp; &lt;`,
  // As long as a name may be: 256 UTF-16 units, astral characters included.
  long: '𝒜ä'.repeat(85) + 'z',
};

/** Arbitrary printable text from a fixed seed: the same every run. */
function seededStrings(count: number): string[] {
  // Whole graphemes from all of Unicode; no control characters or spaces,
  // which a text input or the trimming name rule would change.
  const text = fc
    .string({ unit: 'grapheme', minLength: 20, maxLength: 60 })
    .map((s) => s.replace(/[\p{C}\s]/gu, 'x'));
  return fc.sample(text, { seed: 20261204, numRuns: count });
}

/** Collects every sign that injected code ran. */
function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    const pwned = await page.evaluate(
      () => (window as { __pwned?: unknown }).__pwned,
    );
    expect(pwned, 'injected script ran').toBeUndefined();
    expect(dialogs, 'a dialog opened').toEqual([]);
    await expect(page.locator('main img, main svg, main script')).toHaveCount(
      0,
    );
  };
}

async function signInTo(page: Page, returnTo: string) {
  await page.goto(signInPath(returnTo));
  await signIn(page, DEMO);
  await expect(page).toHaveURL(new RegExp(`${returnTo}$`));
}

const stored = (page: Page) => storedCustomer(page, DEMO.email);

test('the profile keeps hostile and unusual names exactly', async ({
  page,
}) => {
  const noScriptRan = watchForScripts(page);
  const [randomA, randomB] = seededStrings(2);
  const typed = {
    'First name': nasty.script,
    'Middle name': nasty.emoji,
    'Last name': nasty.attribute,
    Title: nasty.svg,
    Salutation: nasty.rtl,
    Company: nasty.long,
    'VAT ID': nasty.quotes.slice(0, 50),
  };
  await signInTo(page, '/account/profile');

  for (const [label, value] of Object.entries(typed)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');

  const customer = await stored(page);
  expect(customer).toMatchObject({
    firstName: nasty.script,
    middleName: nasty.emoji,
    lastName: nasty.attribute,
    title: nasty.svg,
    salutation: nasty.rtl,
    companyName: nasty.long,
    vatId: nasty.quotes.slice(0, 50),
  });
  await page.reload();
  for (const [label, value] of Object.entries(typed)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Hello, ${nasty.script}`,
  );

  // Two arbitrary strings from a fixed seed, through the same round trip.
  await page.getByRole('link', { name: 'Profile' }).first().click();
  await page.getByLabel('First name').fill(randomA ?? '');
  await page.getByLabel('Last name').fill(randomB ?? '');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect(await stored(page)).toMatchObject({
    firstName: randomA,
    lastName: randomB,
  });
  await noScriptRan();
});

test('the address book keeps hostile and unusual text exactly', async ({
  page,
}) => {
  const noScriptRan = watchForScripts(page);
  const street = nasty.attribute;
  const typed = {
    Street: street,
    'House number': nasty.template.slice(0, 40),
    City: nasty.cjk,
    'First name': nasty.hebrew,
    'Last name': nasty.script,
  };
  await signInTo(page, '/account/addresses');

  await page.getByRole('button', { name: 'Add address' }).click();
  const form = page.getByRole('form', { name: /address/i });
  await form.getByLabel('Country').selectOption('DE');
  await form.getByLabel('Postal code').fill('10115');
  for (const [label, value] of Object.entries(typed)) {
    await form.getByLabel(label, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  const address = (await stored(page)).addresses.find(
    (a) => a.streetName === street,
  );
  expect(address).toMatchObject({
    streetName: street,
    streetNumber: typed['House number'],
    city: nasty.cjk,
    firstName: nasty.hebrew,
    lastName: nasty.script,
  });
  await page.reload();
  const card = page.getByRole('listitem').filter({ hasText: street });
  await expect(card).toContainText(`${street} ${typed['House number']}`);
  await expect(card).toContainText(`10115 ${nasty.cjk}`);
  await expect(card).toContainText(`${nasty.hebrew} ${nasty.script}`);

  await card.getByRole('button', { name: /edit/i }).click();
  for (const [label, value] of Object.entries(typed)) {
    await expect(form.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await noScriptRan();
});
