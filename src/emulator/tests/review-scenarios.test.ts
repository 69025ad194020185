import type {
  Cart,
  Customer,
  CustomerSignInResult,
} from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS } from '../core/seeds';
import { startEmulator } from './setup';

const { client, emulator } = startEmulator();

const items = (cart: Cart | undefined) =>
  Object.fromEntries(
    (cart?.lineItems ?? []).map((li) => [li.variant.sku, li.quantity]),
  );

function scenario(name: string) {
  const found = findScenario(name);
  if (!found) throw new Error(`no scenario ${name}`);
  emulator.controls.seed(name);
  return found;
}

async function meOf(email: string, password: string, storeKey?: string) {
  const token = await client.password(email, password, storeKey);
  const path = storeKey ? `/in-store/key=${storeKey}/me` : '/me';
  return (await client.api<Customer>('GET', path, token.access_token)).body;
}

describe('every scenario', () => {
  it('is a seed the controls know', () => {
    const names = SCENARIOS.map((s) => s.name);

    expect(emulator.controls.seedNames()).toEqual(names);
    expect(names).toEqual(
      expect.arrayContaining([
        'new-customer',
        'many-addresses',
        'unverified-email',
        'store-customer',
        'full-carts',
      ]),
    );
  });

  it.each(SCENARIOS.map((s) => [s.name]))(
    '%s: each listed customer signs in with the documented password',
    async (name) => {
      const { customers } = scenario(name);

      for (const c of customers) {
        const me = await meOf(c.email, c.password, c.storeKey);
        expect(me.email).toBe(c.email);
        expect(`${me.firstName} ${me.lastName}`).toBe(c.name);
      }
    },
  );

  it('uses made-up example domains only', () => {
    for (const name of SCENARIOS.map((s) => s.name)) {
      emulator.controls.seed(name);
      const { state } = emulator.controls.snapshot();
      for (const { customer } of state.customers) {
        expect(customer.email).toMatch(/@example\.(com|test)$/);
      }
    }
  });
});

describe('new-customer', () => {
  it('has a verified email and no addresses', async () => {
    const [kai] = scenario('new-customer').customers;

    const me = await meOf(kai?.email ?? '', kai?.password ?? '');

    expect(me.isEmailVerified).toBe(true);
    expect(me.addresses).toEqual([]);
  });
});

describe('many-addresses', () => {
  it('spans many countries and four scripts, with separate defaults', async () => {
    const [max] = scenario('many-addresses').customers;

    const me = await meOf(max?.email ?? '', max?.password ?? '');
    const text = JSON.stringify(me.addresses);

    expect(me.addresses.length).toBeGreaterThanOrEqual(12);
    expect(new Set(me.addresses.map((a) => a.country)).size).toBeGreaterThan(
      10,
    );
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(text).toMatch(/\p{Script=Arabic}/u);
    expect(text).toMatch(/\p{Script=Han}|\p{Script=Hiragana}/u);
    expect(me.defaultShippingAddressId).toBeDefined();
    expect(me.defaultBillingAddressId).toBeDefined();
    expect(me.defaultShippingAddressId).not.toBe(me.defaultBillingAddressId);
    expect(me.shippingAddressIds.length).toBeGreaterThan(1);
    expect(me.billingAddressIds.length).toBeGreaterThan(1);
  });
});

describe('unverified-email', () => {
  it('mails two links: the replaced one is dead, the current one verifies', async () => {
    const [uma] = scenario('unverified-email').customers;
    const [older, current] = emulator.controls.outbox();
    const anon = await client.anonymous();
    const confirm = (tokenValue: string | undefined) =>
      client.api<Customer>('POST', '/me/email/confirm', anon.access_token, {
        tokenValue,
      });

    const before = await meOf(uma?.email ?? '', uma?.password ?? '');
    const dead = await confirm(older?.tokenValue);
    const done = await confirm(current?.tokenValue);

    expect(before.isEmailVerified).toBe(false);
    expect(older).toMatchObject({ kind: 'email-verification' });
    expect(current).toMatchObject({ kind: 'email-verification' });
    expect(dead.status).toBe(404);
    expect(done.status).toBe(200);
    expect(done.body.isEmailVerified).toBe(true);
  });
});

describe('store-customer', () => {
  it('signs in only through the berlin store (S10)', async () => {
    const [bo] = scenario('store-customer').customers;
    const email = bo?.email ?? '';
    const password = bo?.password ?? '';

    const global = await client.form('/oauth/demo/customers/token', {
      grant_type: 'password',
      username: email,
      password,
    });
    const me = await meOf(email, password, 'berlin');

    expect(bo?.storeKey).toBe('berlin');
    expect(global.status).toBe(400);
    expect(global.body).toMatchObject({
      error: 'invalid_customer_account_credentials',
    });
    expect(me.stores).toEqual([{ typeId: 'store', key: 'berlin' }]);
  });
});

describe('full-carts', () => {
  it('hands out a guest session whose cart merges into the saved cart (S6)', async () => {
    const { guestSession, customers } = scenario('full-carts');
    const [carla] = customers;

    const refreshed = await client.refresh(guestSession?.refreshToken ?? '');
    const guestToken = refreshed.body.access_token;
    const guestCart = await client.api<Cart>(
      'GET',
      '/me/active-cart',
      guestToken,
    );
    const login = await client.api<CustomerSignInResult>(
      'POST',
      '/me/login',
      guestToken,
      { email: carla?.email, password: carla?.password },
    );

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.scope).toContain(
      `anonymous_id:${guestSession?.anonymousId}`,
    );
    expect(items(guestCart.body)).toEqual({
      'SKU-1': 1,
      'SKU-3': 2,
      'SKU-4': 1,
    });
    expect(items(login.body.cart)).toEqual({
      'SKU-1': 3,
      'SKU-2': 1,
      'SKU-3': 2,
      'SKU-4': 1,
    });
  });
});
