import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator({}, 'demo');
const PASSWORD = 'Passw0rd!';

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  client.signUp({ email, password: PASSWORD, ...extra });

const me = async (token: string) =>
  (await client.api<Customer>('GET', '/me', token)).body;

describe('sign-in with /me/login (S7, S18)', () => {
  it('answers the customer and issues no token', async () => {
    await signUp('User.B@Example.TEST');
    const anon = await client.anonymous();

    const result = await client.api<Record<string, unknown>>(
      'POST',
      '/me/login',
      anon.access_token,
      { email: 'user.b@example.test', password: PASSWORD },
    );

    expect(result.status).toBe(200);
    expect(result.body.customer).toMatchObject({
      email: 'User.B@Example.TEST',
    });
    expect(result.body).not.toHaveProperty('access_token');
    // The anonymous token is still anonymous: it does not reach the profile.
    expect((await client.api('GET', '/me', anon.access_token)).status).toBe(
      403,
    );
  });

  it.each([
    ['a wrong password', 'alex.demo@example.com', 'nope'],
    ['an unknown email', 'nobody@example.test', 'Demo-pass-1'],
  ])('answers the same 400 for %s', async (_name, email, password) => {
    const anon = await client.anonymous();

    const result = await client.api('POST', '/me/login', anon.access_token, {
      email,
      password,
    });

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: 'Account with the given credentials not found.',
      errors: [
        {
          code: 'InvalidCredentials',
          message: 'Account with the given credentials not found.',
        },
      ],
    });
  });

  it('rejects an unknown activeCartSignInMode', async () => {
    const anon = await client.anonymous();

    const result = await client.api('POST', '/me/login', anon.access_token, {
      email: 'alex.demo@example.com',
      password: 'Demo-pass-1',
      activeCartSignInMode: 'Whatever',
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });
});

describe('change password (S2)', () => {
  it('checks the version, then the current password, and changes only B', async () => {
    const tokenA = await signUp('pa@example.test');
    const tokenB = await signUp('pb@example.test');
    const b = await me(tokenB.access_token);
    const a = await me(tokenA.access_token);

    const stale = await client.api(
      'POST',
      '/me/password',
      tokenB.access_token,
      {
        version: b.version - 1,
        currentPassword: PASSWORD,
        newPassword: 'N3w-secret',
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      errors: [{ code: 'ConcurrentModification', currentVersion: b.version }],
    });

    const wrong = await client.api(
      'POST',
      '/me/password',
      tokenB.access_token,
      {
        version: b.version,
        currentPassword: 'not-it',
        newPassword: 'N3w-secret',
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      statusCode: 400,
      message: 'The given current password does not match.',
      errors: [
        {
          code: 'InvalidCurrentPassword',
          message: 'The given current password does not match.',
        },
      ],
    });

    const done = await client.api<Customer>(
      'POST',
      '/me/password',
      tokenB.access_token,
      {
        version: b.version,
        currentPassword: PASSWORD,
        newPassword: 'N3w-secret',
      },
    );
    expect(done.status).toBe(200);
    expect(done.body.version).toBe(b.version + 1);
    expect(done.body.password).not.toBe(b.password);

    await expect(
      client.password('pb@example.test', PASSWORD),
    ).rejects.toThrow();
    await expect(
      client.password('pb@example.test', 'N3w-secret'),
    ).resolves.toBeTruthy();
    expect(
      (await client.password('pa@example.test', PASSWORD)).access_token,
    ).toBeTruthy();
    expect((await me(tokenA.access_token)).version).toBe(a.version);
  });
});
