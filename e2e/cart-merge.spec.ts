import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import { addToCart, cartLines } from './support/cart-helpers';
import {
  newCustomer,
  signedOutCustomer,
  signIn,
  signOut,
  signUp,
  type TestCustomer,
} from './support/customer';
import { followNavLink } from './support/navigation';

/** A customer whose saved cart holds SKU-1 ×3 and SKU-2 ×1, signed out. */
async function customerWithSavedCart(page: Page): Promise<TestCustomer> {
  const customer = newCustomer();
  await signUp(page, customer);
  await followNavLink(page, 'Cart');
  await addToCart(page, 'Enamel mug', 3);
  await addToCart(page, 'Canvas tote bag');
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 3, 'SKU-2': 1 });
  await signOut(page);
  return customer;
}

/** As a guest: SKU-1 ×1 and SKU-3 ×2, then on to sign-in from the cart. */
async function guestCartThenSignIn(page: Page) {
  await followNavLink(page, 'Cart');
  await addToCart(page, 'Enamel mug');
  await addToCart(page, 'Dotted notebook (SKU-3)', 2);
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1, 'SKU-3': 2 });
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcart$/);
}

test('merging at sign-in keeps the larger quantity and adds the rest (S6)', async ({
  page,
}) => {
  const customer = await customerWithSavedCart(page);
  await guestCartThenSignIn(page);

  await expect(page.getByRole('group', { name: /guest cart/i })).toContainText(
    'Your 3 guest items will be merged into your saved cart, if you have one',
  );
  await expectNoAxeViolations(page);
  await signIn(page, customer);

  await expect(page).toHaveURL(/\/cart$/);
  await expect
    .poll(() => cartLines(page))
    .toEqual({ 'SKU-1': 3, 'SKU-2': 1, 'SKU-3': 2 });
  await expect(page.getByRole('link', { name: 'Cart 6 items' })).toBeVisible();
});

test('"Use this cart instead" makes the guest cart the customer\'s (S6)', async ({
  page,
}) => {
  const customer = await customerWithSavedCart(page);
  await guestCartThenSignIn(page);

  await page.getByRole('radio', { name: 'Use this cart instead' }).check();
  await expect(page.getByRole('group', { name: /guest cart/i })).toContainText(
    'Your guest cart (3 items) will replace your saved cart',
  );
  await signIn(page, customer);

  await expect(page).toHaveURL(/\/cart$/);
  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1, 'SKU-3': 2 });
});

test('a customer without a cart simply gets the guest cart (S6)', async ({
  page,
}) => {
  const customer = await signedOutCustomer(page);
  await guestCartThenSignIn(page);

  await signIn(page, customer);

  await expect.poll(() => cartLines(page)).toEqual({ 'SKU-1': 1, 'SKU-3': 2 });
});

test('with an empty guest cart sign-in asks nothing about carts', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(
    page.getByRole('link', { name: 'Cart', exact: true }),
  ).toBeVisible();

  await expect(page.getByRole('radio')).toHaveCount(0);
});
