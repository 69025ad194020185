import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations).toEqual([]);
}

/** The cart table's row for a product, found by its row header. */
export function cartRow(page: Page, product: string | RegExp) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: product }) });
}

export async function addToCart(page: Page, product: string, times = 1) {
  const button = page.getByRole('button', { name: `Add to cart ${product}` });
  for (let i = 0; i < times; i++) await button.click();
}

/**
 * SKU → quantity for every line the cart shows, once the cart has
 * loaded; poll it with `expect.poll` to wait for an expected cart.
 */
export async function cartLines(page: Page): Promise<Record<string, number>> {
  const cart = page.getByRole('region', { name: 'Your cart' });
  if (await cart.getByText('Loading your cart…').count()) return {};
  const lines: Record<string, number> = {};
  for (const row of await cart.locator('tbody tr').all()) {
    const sku = await row.locator('.cart-sku').textContent();
    const quantity = await row.locator('.quantity-value').textContent();
    lines[sku ?? '?'] = Number(quantity);
  }
  return lines;
}
