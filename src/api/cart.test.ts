import type { Cart } from '@commercetools/platform-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { setupEmulatorServer } from '../emulator/msw/node';
import { signIn, signOut } from './account-auth';
import { createCart, fetchActiveCart, itemCount, updateCart } from './cart';
import { type CartIo, cartPlans, changeCart } from './cart-change';
import { config } from './config';
import { fetchProducts } from './products';

const { server, emulator } = setupEmulatorServer({ baseUrl: config.apiUrl });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  emulator.controls.reset();
  await signOut();
});
afterAll(() => server.close());

const io: CartIo = {
  known: () => fetchActiveCart(),
  fresh: () => fetchActiveCart(),
  create: createCart,
  send: updateCart,
};

const lines = (cart: Cart | null) =>
  Object.fromEntries(
    (cart?.lineItems ?? []).map((l) => [l.variant.sku, l.quantity]),
  );

async function guestCart(items: Record<string, number>) {
  for (const [sku, quantity] of Object.entries(items)) {
    await changeCart(io, cartPlans.add(sku, quantity));
  }
}

const demo = {
  email: 'alex.demo@example.com',
  password: 'Demo-pass-1',
} as const;

describe('the guest cart against the emulator', () => {
  it('has no cart at first, then one made on the first add', async () => {
    expect(await fetchActiveCart()).toBeNull();

    await guestCart({ 'SKU-1': 2 });

    const cart = await fetchActiveCart();
    expect(lines(cart)).toEqual({ 'SKU-1': 2 });
    expect(cart?.totalPrice).toMatchObject({
      currencyCode: 'EUR',
      centAmount: 2580,
    });
    expect(itemCount(cart)).toBe(2);
  });

  it('changes and removes lines', async () => {
    await guestCart({ 'SKU-1': 1, 'SKU-2': 1 });

    await changeCart(io, cartPlans.setQuantity('SKU-1', 3));
    await changeCart(io, cartPlans.remove('SKU-2'));

    expect(lines(await fetchActiveCart())).toEqual({ 'SKU-1': 3 });
  });

  it('re-applies a change once when another writer got there first', async () => {
    await guestCart({ 'SKU-1': 1 });
    emulator.controls.setFaults({ conflictNextWrite: true });

    const cart = await changeCart(io, cartPlans.setQuantity('SKU-1', 4));

    expect(lines(cart)).toEqual({ 'SKU-1': 4 });
    expect(lines(await fetchActiveCart())).toEqual({ 'SKU-1': 4 });
  });

  it('lists the catalogue with EUR prices', async () => {
    const products = await fetchProducts();

    expect(products.map((p) => p.masterVariant.sku)).toContain('SKU-1');
    expect(products[0]?.masterVariant.prices?.[0]?.value.currencyCode).toBe(
      'EUR',
    );
  });
});

describe('the guest cart at sign-in (S6)', () => {
  async function savedCartOfDemo(items: Record<string, number>) {
    await signIn({
      ...demo,
      activeCartSignInMode: 'MergeWithExistingCustomerCart',
    });
    await guestCart(items);
    await signOut();
  }

  it('merges into the saved cart, keeping the larger quantity', async () => {
    await savedCartOfDemo({ 'SKU-1': 3, 'SKU-2': 1 });
    await guestCart({ 'SKU-1': 1, 'SKU-3': 2 });

    await signIn({
      ...demo,
      activeCartSignInMode: 'MergeWithExistingCustomerCart',
    });

    expect(lines(await fetchActiveCart())).toEqual({
      'SKU-1': 3,
      'SKU-2': 1,
      'SKU-3': 2,
    });
  });

  it('uses the guest cart instead when asked to', async () => {
    await savedCartOfDemo({ 'SKU-1': 3, 'SKU-2': 1 });
    await guestCart({ 'SKU-1': 1, 'SKU-3': 2 });

    await signIn({
      ...demo,
      activeCartSignInMode: 'UseAsNewActiveCustomerCart',
    });

    expect(lines(await fetchActiveCart())).toEqual({ 'SKU-1': 1, 'SKU-3': 2 });
  });
});
