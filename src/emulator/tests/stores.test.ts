import type {
  Customer,
  CustomerSignInResult,
} from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator();
const PASSWORD = 'Passw0rd!';
const EMAIL = 'store.shopper@example.test';

async function signUpIn(storeKey: string, email = EMAIL) {
  const anon = await client.anonymous();
  return client.api<CustomerSignInResult>(
    'POST',
    `/in-store/key=${storeKey}/me/signup`,
    anon.access_token,
    { email, password: PASSWORD },
  );
}

describe('store customers (S10)', () => {
  it('binds an in-store sign-up to its store', async () => {
    const result = await signUpIn('berlin');

    expect(result.status).toBe(201);
    expect(result.body.customer.stores).toEqual([
      { typeId: 'store', key: 'berlin' },
    ]);
  });

  it('signs them in only in their own store', async () => {
    await signUpIn('berlin');
    const credentials = {
      grant_type: 'password',
      username: EMAIL,
      password: PASSWORD,
    };

    const global = await client.form(
      '/oauth/demo/customers/token',
      credentials,
    );
    const paris = await client.form(
      '/oauth/demo/in-store/key=paris/customers/token',
      credentials,
    );
    const berlin = await client.form(
      '/oauth/demo/in-store/key=berlin/customers/token',
      credentials,
    );

    for (const failed of [global, paris]) {
      expect(failed.status).toBe(400);
      expect(failed.body).toMatchObject({
        error: 'invalid_customer_account_credentials',
      });
    }
    expect(berlin.status).toBe(200);
  });

  it('answers InvalidCredentials on another store’s /me/login', async () => {
    await signUpIn('berlin');
    const anon = await client.anonymous();
    const body = { email: EMAIL, password: PASSWORD };

    const paris = await client.api(
      'POST',
      '/in-store/key=paris/me/login',
      anon.access_token,
      body,
    );
    const global = await client.api(
      'POST',
      '/me/login',
      anon.access_token,
      body,
    );
    const berlin = await client.api(
      'POST',
      '/in-store/key=berlin/me/login',
      anon.access_token,
      body,
    );

    expect(paris.status).toBe(400);
    expect(paris.body).toMatchObject({
      errors: [{ code: 'InvalidCredentials' }],
    });
    expect(global.status).toBe(400);
    expect(berlin.status).toBe(200);
  });

  it('keeps a store customer out of another store’s /me', async () => {
    await signUpIn('berlin');
    const token = (
      await client.form<{ access_token: string }>(
        '/oauth/demo/in-store/key=berlin/customers/token',
        {
          grant_type: 'password',
          username: EMAIL,
          password: PASSWORD,
          scope: 'manage_my_profile:demo',
        },
      )
    ).body;

    const own = await client.api<Customer>(
      'GET',
      '/in-store/key=berlin/me',
      token.access_token,
    );
    const other = await client.api(
      'GET',
      '/in-store/key=paris/me',
      token.access_token,
    );

    expect(own.status).toBe(200);
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({
      errors: [{ code: 'ResourceNotFound' }],
    });
  });

  it('lets global customers use store endpoints', async () => {
    await client.signUp({ email: 'global@example.test', password: PASSWORD });

    const token = await client.password(
      'global@example.test',
      PASSWORD,
      'paris',
    );
    const me = await client.api(
      'GET',
      '/in-store/key=paris/me',
      token.access_token,
    );

    expect(me.status).toBe(200);
  });

  it('answers 404 for an unknown store', async () => {
    const anon = await client.anonymous();

    const result = await client.api(
      'POST',
      '/in-store/key=rome/me/signup',
      anon.access_token,
      { email: EMAIL, password: PASSWORD },
    );

    expect(result.status).toBe(404);
  });

  it('rejects draft stores that leave out the path store', async () => {
    const anon = await client.anonymous();

    const result = await client.api(
      'POST',
      '/in-store/key=berlin/me/signup',
      anon.access_token,
      { email: EMAIL, password: PASSWORD, stores: [{ key: 'paris' }] },
    );

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
  });
});

describe('email uniqueness per store (S11)', () => {
  it('allows the same email once per store, and separately from global', async () => {
    const berlin = await signUpIn('berlin');
    const paris = await signUpIn('paris');
    await client.signUp({ email: EMAIL, password: PASSWORD });
    const again = await signUpIn('berlin', EMAIL.toUpperCase());

    expect(berlin.status).toBe(201);
    expect(paris.status).toBe(201);
    expect(paris.body.customer.id).not.toBe(berlin.body.customer.id);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      errors: [{ code: 'DuplicateField', field: 'email' }],
    });
  });
});

describe('store-scoped tokens', () => {
  it('reach their store’s routes only', async () => {
    await signUpIn('berlin');
    const result = await client.form<{ access_token: string }>(
      '/oauth/demo/in-store/key=berlin/customers/token',
      {
        grant_type: 'password',
        username: EMAIL,
        password: PASSWORD,
        scope: 'manage_my_profile:demo:berlin',
      },
    );
    const token = result.body.access_token;

    expect(
      (await client.api('GET', '/in-store/key=berlin/me', token)).status,
    ).toBe(200);
    expect((await client.api('GET', '/me', token)).status).toBe(403);
  });
});
