import { expect, type Page, test } from '@playwright/test';

import { addToCart, cartLines, cartRow } from './support/cart-helpers';
import { expectNoAxeViolations } from './support/axe';
import { callEmulator } from './support/emulator-controls';
import { openAnotherTab } from './support/navigation';
import { isLiveProject, MOCK_ONLY } from './support/projects';

/** A guest's cart holding one enamel mug. */
async function cartWithOneMug(page: Page) {
  await page.goto('/cart');
  await addToCart(page, 'Enamel mug');
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1 });
}

test('a guest fills a cart, changes quantities and sees the totals', async ({
  page,
}) => {
  await page.goto('/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Cart', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await addToCart(page, 'Enamel mug', 2);
  await addToCart(page, 'Wool socks');
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 2, 'SKU-4': 1 });

  await expect(cartRow(page, /Enamel mug/)).toContainText('€25.80');
  await expect(
    page.getByRole('row', { name: /Total \(3 items\)/ }),
  ).toContainText('€40.70');
  await expect(page.getByRole('link', { name: 'Cart 3 items' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'One more Wool socks' }).click();
  await page.getByRole('button', { name: 'One fewer Enamel mug' }).click();
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1, 'SKU-4': 2 });
  await expect(page.getByRole('status')).toContainText(/quantity changed/);

  await page.getByRole('button', { name: 'Remove Enamel mug' }).click();
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-4': 2 });
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeFocused();
  await expect(
    page.getByRole('row', { name: /Total \(2 items\)/ }),
  ).toContainText('€29.80');
});

test('the guest cart survives a reload (S8)', async ({ page }) => {
  await page.goto('/cart');
  await addToCart(page, 'Canvas tote bag');
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-2': 1 });

  await page.reload();

  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-2': 1 });
  await expect(page.getByRole('link', { name: 'Cart 1 item' })).toBeVisible();
});

test('quick repeated clicks each count once and make one cart', async ({
  page,
}) => {
  await page.goto('/cart');
  const add = page.getByRole('button', { name: 'Add to cart Enamel mug' });

  await add.click();
  await add.click();
  await add.click();

  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 3 });
  await page.reload();
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 3 });
});

test('a change made on an outdated cart is re-applied on the fresh one', async ({
  page,
  context,
}) => {
  await cartWithOneMug(page);
  const other = await openAnotherTab(context, '/cart');
  await addToCart(other, 'Wool socks');
  await expect.poll(() => cartLines(other)).toEqual({ 'SKU-1': 1, 'SKU-4': 1 });

  await page.getByRole('button', { name: 'One more Enamel mug' }).click();

  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 2, 'SKU-4': 1 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a write that meets a concurrent writer is sent once more (409)', async ({
  page,
}) => {
  test.skip(isLiveProject(test.info()), MOCK_ONLY);
  await cartWithOneMug(page);
  await callEmulator(page, 'setFaults', { conflictNextWrite: true });

  await page.getByRole('button', { name: 'One more Enamel mug' }).click();

  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 2 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 2 });
});

test('an outage shows "unavailable" with a retry, not an empty cart', async ({
  page,
}) => {
  test.skip(isLiveProject(test.info()), MOCK_ONLY);
  await cartWithOneMug(page);
  await callEmulator(page, 'setFaults', { outage: true });

  await page.getByRole('button', { name: 'One more Enamel mug' }).click();

  await expect(page.getByRole('alert')).toContainText(
    'The service is unavailable',
  );
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1 });
  await page.reload();
  const cart = page.getByRole('region', { name: 'Your cart' });
  await expect(cart.getByRole('alert')).toContainText(
    'The service is unavailable',
  );
  await expect(page.getByText('Your cart is empty.')).toHaveCount(0);

  await callEmulator(page, 'setFaults', { outage: false });
  await cart.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1 });
});
