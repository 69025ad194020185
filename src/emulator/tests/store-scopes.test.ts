import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator();
const EMAIL = 'store.scopes@example.test';
const PASSWORD = 'Passw0rd!';

async function storeCustomer(store = 'berlin') {
  const anon = await client.anonymous();
  await client.api(
    'POST',
    `/in-store/key=${store}/me/signup`,
    anon.access_token,
    {
      email: EMAIL,
      password: PASSWORD,
    },
  );
}

const insufficient = {
  statusCode: 403,
  message:
    'Insufficient scope. One of the following scopes is missing: manage_my_profile.',
  errors: [
    {
      code: 'insufficient_scope',
      message:
        'Insufficient scope. One of the following scopes is missing: manage_my_profile.',
    },
  ],
  error: 'insufficient_scope',
  error_description:
    'Insufficient scope. One of the following scopes is missing: manage_my_profile.',
};

describe('the in-store password flow without a scope', () => {
  it('grants store-scoped scopes, so global /me is 403 insufficient_scope', async () => {
    await storeCustomer();
    const token = await client.password(EMAIL, PASSWORD, 'berlin');

    const global = await client.api('GET', '/me', token.access_token);
    const inStore = await client.api<Customer>(
      'GET',
      '/in-store/key=berlin/me',
      token.access_token,
    );
    const otherStore = await client.api(
      'GET',
      '/in-store/key=paris/me',
      token.access_token,
    );

    expect(token.scope.split(' ').slice(0, -1)).toEqual([
      'manage_my_profile:demo:berlin',
      'manage_my_orders:demo:berlin',
      'create_anonymous_token:demo',
      'view_published_products:demo',
    ]);
    expect(global.status).toBe(403);
    expect(global.body).toEqual(insufficient);
    expect(inStore.body.email).toBe(EMAIL);
    expect(otherStore.status).toBe(403);
  });

  it('keeps the store scopes through a refresh, and for every /me route', async () => {
    await storeCustomer();
    const token = await client.password(EMAIL, PASSWORD, 'berlin');
    const refreshed = (await client.refresh(token.refresh_token ?? '')).body;

    const answers = [
      await client.api('GET', '/me', refreshed.access_token),
      await client.api('POST', '/me', token.access_token, {
        version: 1,
        actions: [],
      }),
      await client.api('DELETE', '/me?version=1', token.access_token),
      await client.api('POST', '/me/password', token.access_token, {
        version: 1,
        currentPassword: PASSWORD,
        newPassword: 'New-pass-1',
      }),
    ];

    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
  });

  it('store carts and the global catalogue still work', async () => {
    await storeCustomer();
    const token = await client.password(EMAIL, PASSWORD, 'berlin');

    const cart = await client.api(
      'POST',
      '/in-store/key=berlin/me/carts',
      token.access_token,
      { currency: 'EUR' },
    );
    const products = await client.api(
      'GET',
      '/product-projections',
      token.access_token,
    );

    expect([cart.status, products.status]).toEqual([201, 200]);
  });
});

describe('a store customer with a global scope asked for explicitly', () => {
  it('reaches global /me (the scope allows it; only sign-in is store-bound)', async () => {
    await storeCustomer();
    const token = await client.form<{ access_token: string }>(
      '/oauth/demo/in-store/key=berlin/customers/token',
      {
        grant_type: 'password',
        username: EMAIL,
        password: PASSWORD,
        scope: 'manage_my_profile:demo',
      },
    );

    const me = await client.api<Customer>(
      'GET',
      '/me',
      token.body.access_token,
    );

    expect(me.status).toBe(200);
    expect(me.body.stores).toEqual([{ typeId: 'store', key: 'berlin' }]);
  });
});
