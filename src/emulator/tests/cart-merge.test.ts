import type { Cart, CustomerSignInResult } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator();
const PASSWORD = 'Passw0rd!';
const EMAIL = 'shopper@example.test';

const createCart = (token: string, body: Record<string, unknown>) =>
  client.api<Cart>('POST', '/me/carts', token, { currency: 'EUR', ...body });

const items = (cart: Cart | undefined) =>
  Object.fromEntries(
    (cart?.lineItems ?? []).map((li) => [li.variant.sku, li.quantity]),
  );

const login = (token: string, mode?: string) =>
  client.api<CustomerSignInResult>('POST', '/me/login', token, {
    email: EMAIL,
    password: PASSWORD,
    ...(mode ? { activeCartSignInMode: mode } : {}),
  });

async function customerWithCart(lineItems: unknown[]) {
  const token = await client.signUp({ email: EMAIL, password: PASSWORD });
  if (lineItems.length > 0) {
    await createCart(token.access_token, { lineItems });
  }
  return token;
}

async function guestWithCart(lineItems: unknown[]) {
  const anon = await client.anonymous();
  const cart = (await createCart(anon.access_token, { lineItems })).body;
  return { anon, cart };
}

describe('guest cart on sign-in (S6)', () => {
  const customerItems = [{ sku: 'SKU-1', quantity: 3 }, { sku: 'SKU-2' }];
  const guestItems = [{ sku: 'SKU-1' }, { sku: 'SKU-3', quantity: 2 }];

  it('merges by default: larger quantity wins, the guest cart is Merged', async () => {
    const customer = await customerWithCart(customerItems);
    const own = await client.api<Cart>(
      'GET',
      '/me/active-cart',
      customer.access_token,
    );
    const { anon, cart: guest } = await guestWithCart(guestItems);

    const result = await login(anon.access_token);

    expect(result.status).toBe(200);
    expect(result.body.cart?.id).toBe(own.body.id);
    expect(items(result.body.cart)).toEqual({
      'SKU-1': 3,
      'SKU-2': 1,
      'SKU-3': 2,
    });
    const after = await client.password(EMAIL, PASSWORD);
    const carts = await client.api<{ results: Cart[] }>(
      'GET',
      '/me/carts',
      after.access_token,
    );
    expect(carts.body.results.find((c) => c.id === guest.id)?.cartState).toBe(
      'Merged',
    );
    const active = await client.api<Cart>(
      'GET',
      '/me/active-cart',
      after.access_token,
    );
    expect(active.body.id).toBe(own.body.id);
  });

  it('uses the guest cart as the new active cart when asked', async () => {
    await customerWithCart(customerItems);
    const { anon, cart: guest } = await guestWithCart(guestItems);

    const result = await login(anon.access_token, 'UseAsNewActiveCustomerCart');

    expect(result.body.cart?.id).toBe(guest.id);
    expect(items(result.body.cart)).toEqual({ 'SKU-1': 1, 'SKU-3': 2 });
    const after = await client.password(EMAIL, PASSWORD);
    const active = await client.api<Cart>(
      'GET',
      '/me/active-cart',
      after.access_token,
    );
    expect(active.body.id).toBe(guest.id);
  });

  it('gives the guest cart to a customer without one', async () => {
    await customerWithCart([]);
    const { anon, cart: guest } = await guestWithCart(guestItems);

    const result = await login(anon.access_token);

    expect(result.body.cart?.id).toBe(guest.id);
    expect(result.body.cart?.customerId).toBe(result.body.customer.id);
  });

  it('returns the customer’s active cart when there is no guest cart', async () => {
    await customerWithCart(customerItems);
    const anon = await client.anonymous();

    const result = await login(anon.access_token);

    expect(items(result.body.cart)).toEqual({ 'SKU-1': 3, 'SKU-2': 1 });
  });

  it('carries the guest cart into a new account on sign-up', async () => {
    const { anon, cart: guest } = await guestWithCart(guestItems);

    const result = await client.api<CustomerSignInResult>(
      'POST',
      '/me/signup',
      anon.access_token,
      {
        email: 'new.shopper@example.test',
        password: PASSWORD,
      },
    );

    expect(result.status).toBe(201);
    expect(result.body.cart?.id).toBe(guest.id);
    expect(result.body.cart?.customerId).toBe(result.body.customer.id);
  });
});
