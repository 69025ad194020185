import type { Page } from '@playwright/test';

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
 * SKU → quantity for every line the cart shows, read in one go so a line
 * removed meanwhile cannot stall it; poll it with `expect.poll`.
 */
export async function cartLines(page: Page): Promise<Record<string, number>> {
  const rows = page
    .getByRole('region', { name: 'Your cart' })
    .locator('tbody tr');
  return rows.evaluateAll((trs) =>
    Object.fromEntries(
      trs.map((tr) => [
        tr.querySelector('.cart-sku')?.textContent ?? '?',
        Number(tr.querySelector('.quantity-value')?.textContent),
      ]),
    ),
  );
}
