import { expect, type Page, test } from '@playwright/test';

import { addressCard, startAddress } from './support/addresses';
import { newCustomer, signUp } from './support/customer';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const LONG_STREET = 'Q'.repeat(60);

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
}

interface Small {
  what: string;
  width: number;
  height: number;
}

/**
 * Visible controls smaller than 24×24 CSS pixels (WCAG 2.2 2.5.8). Links
 * inside a sentence are exempt, as the criterion allows.
 */
async function smallTargets(page: Page): Promise<Small[]> {
  return page.evaluate(() => {
    const selector = 'a, button, input, select, textarea, summary';
    // A link is in running text when words stand right beside it.
    const inSentence = (element: HTMLElement) =>
      element.tagName === 'A' &&
      Array.from(element.parentElement?.childNodes ?? []).some(
        (node) =>
          node.nodeType === Node.TEXT_NODE && node.textContent?.trim() !== '',
      );
    const small: Small[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (inSentence(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (element.matches('input[type="hidden"]')) continue;
      if (box.width >= 24 && box.height >= 24) continue;
      const name =
        element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      small.push({
        what: `${element.tagName.toLowerCase()} ${name}`.trim(),
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
    return small;
  });
}

async function expectPhoneFriendly(page: Page) {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await smallTargets(page)).toEqual([]);
}

test('signed-out pages fit a phone and have large enough targets', async ({
  page,
}) => {
  for (const path of ['/sign-in', '/sign-up', '/forgot-password']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectPhoneFriendly(page);
  }
});

test('account pages with long unbroken text fit a phone', async ({ page }) => {
  await signUp(page, { ...newCustomer(), lastName: 'L'.repeat(60) });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectPhoneFriendly(page);

  await page.goto('/account/addresses');
  const form = await startAddress(page, {
    country: 'DE',
    street: LONG_STREET,
    number: '1',
    postalCode: '10115',
    city: 'Berlin',
  });
  await form.getByLabel('Default shipping').check();
  await expectPhoneFriendly(page);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  await expect(addressCard(page, LONG_STREET)).toBeVisible();
  await expectPhoneFriendly(page);

  await page.goto('/account');
  await expect(page.getByText(LONG_STREET, { exact: false })).toBeVisible();
  await expectPhoneFriendly(page);

  await page.goto('/account/profile');
  await expect(page.getByLabel('Last name')).toHaveValue('L'.repeat(60));
  await expectPhoneFriendly(page);
});

test('address cards show no list bullets outside the card', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  await page.goto('/account/addresses');
  const form = await startAddress(page, {
    street: 'Lindenweg',
    number: '7',
    postalCode: '10115',
    city: 'Berlin',
  });
  await form.getByRole('button', { name: 'Save' }).click();

  const card = addressCard(page, 'Lindenweg');
  await expect(card).toHaveCSS('list-style-type', 'none');
  const list = page.getByRole('list').filter({ has: card });
  const [listBox, cardBox] = await Promise.all([
    list.boundingBox(),
    card.boundingBox(),
  ]);
  expect(cardBox?.x).toBe(listBox?.x);
});
