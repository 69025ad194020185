import type { Customer, CustomerToken } from '@commercetools/platform-sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN } from './client';
import { startEmulator } from './setup';

const { client, emulator } = startEmulator();
const PASSWORD = 'Passw0rd!';
const EMAIL = 'Forgetful@Example.test';
let admin = '';
let customerToken = '';

beforeEach(async () => {
  customerToken = (await client.signUp({ email: EMAIL, password: PASSWORD }))
    .access_token;
  admin = (await client.clientCredentials(ADMIN)).access_token;
});

const passwordToken = (body: Record<string, unknown>, path = '') =>
  client.api<CustomerToken>(
    'POST',
    `${path}/customers/password-token`,
    admin,
    body,
  );

async function reset(tokenValue: string, newPassword = 'N3w-secret') {
  const anon = await client.anonymous();
  return client.api<Customer>('POST', '/me/password/reset', anon.access_token, {
    tokenValue,
    newPassword,
  });
}

describe('password-reset tokens', () => {
  it('needs manage_customers: an SPA token gets 403 (S16)', async () => {
    const spa = await client.clientCredentials();

    const result = await client.api(
      'POST',
      '/customers/password-token',
      spa.access_token,
      { email: EMAIL },
    );

    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({
      error: 'insufficient_scope',
      message:
        'Insufficient scope. One of the following scopes is missing: manage_customers.',
    });
  });

  it('mints a 24-hour token by email in any case and puts it in the outbox', async () => {
    const result = await passwordToken({ email: EMAIL.toLowerCase() });

    expect(result.status).toBe(200);
    const token = result.body;
    expect(token.value).toMatch(/^[\w-]{40}$/);
    expect(token.invalidateOlderTokens).toBe(false);
    expect(Date.parse(token.expiresAt) - Date.parse(token.createdAt)).toBe(
      24 * 3600 * 1000,
    );
    expect(emulator.controls.outbox()).toEqual([
      expect.objectContaining({
        kind: 'password-reset',
        email: EMAIL,
        tokenValue: token.value,
      }),
    ]);
  });

  it('answers 404 for an unknown email', async () => {
    const result = await passwordToken({ email: 'nobody@example.test' });

    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({
      errors: [{ code: 'ResourceNotFound' }],
    });
  });

  it('resets once; the new password works and old sessions end', async () => {
    const token = (await passwordToken({ email: EMAIL })).body;

    const done = await reset(token.value);
    const reused = await reset(token.value);

    expect(done.status).toBe(200);
    expect(done.body.version).toBe(2);
    expect(reused.status).toBe(404);
    expect((await client.api('GET', '/me', customerToken)).status).toBe(401);
    await expect(client.password(EMAIL, PASSWORD)).rejects.toThrow();
    await expect(client.password(EMAIL, 'N3w-secret')).resolves.toBeTruthy();
  });

  it('answers ExpiredCustomerPasswordToken after its ttl', async () => {
    const token = (await passwordToken({ email: EMAIL, ttlMinutes: 10 })).body;
    emulator.controls.advanceClock(600);

    const result = await reset(token.value);

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: 'The given password token has expired.',
      errors: [
        {
          code: 'ExpiredCustomerPasswordToken',
          message: 'The given password token has expired.',
        },
      ],
    });
  });

  it('answers 404 for an unknown token', async () => {
    expect((await reset('not-a-token')).status).toBe(404);
  });

  it('ends older tokens when asked to', async () => {
    const older = (await passwordToken({ email: EMAIL })).body;
    const kept = (await passwordToken({ email: EMAIL })).body;
    const newest = (
      await passwordToken({ email: EMAIL, invalidateOlderTokens: true })
    ).body;

    expect((await reset(older.value)).status).toBe(404);
    expect((await reset(kept.value)).status).toBe(404);
    expect((await reset(newest.value)).status).toBe(200);
  });

  it('a reset ends the other live tokens of the customer', async () => {
    const first = (await passwordToken({ email: EMAIL })).body;
    const second = (await passwordToken({ email: EMAIL })).body;

    expect((await reset(second.value)).status).toBe(200);
    expect((await reset(first.value)).status).toBe(404);
  });

  it('looks the customer up by a live token', async () => {
    const token = (await passwordToken({ email: EMAIL })).body;

    const found = await client.api<Customer>(
      'GET',
      `/customers/password-token=${token.value}`,
      admin,
    );
    const unknown = await client.api(
      'GET',
      '/customers/password-token=nope',
      admin,
    );

    expect(found.body.email).toBe(EMAIL);
    expect(unknown.status).toBe(404);
  });

  it('in a store finds only that store’s customers and global ones', async () => {
    const anon = await client.anonymous();
    await client.api(
      'POST',
      '/in-store/key=berlin/me/signup',
      anon.access_token,
      {
        email: 'berliner@example.test',
        password: PASSWORD,
      },
    );

    const paris = await passwordToken(
      { email: 'berliner@example.test' },
      '/in-store/key=paris',
    );
    const berlin = await passwordToken(
      { email: 'berliner@example.test' },
      '/in-store/key=berlin',
    );

    expect(paris.status).toBe(404);
    expect(berlin.status).toBe(200);
  });
});

describe('email-verification tokens', () => {
  const emailToken = async (body: Record<string, unknown> = {}) => {
    const me = (await client.api<Customer>('GET', '/me', customerToken)).body;
    return client.api<CustomerToken>('POST', '/customers/email-token', admin, {
      id: me.id,
      ttlMinutes: 60,
      ...body,
    });
  };

  const confirm = (tokenValue: string) =>
    client.api<Customer>('POST', '/me/email/confirm', customerToken, {
      tokenValue,
    });

  it('confirms the email once', async () => {
    const token = (await emailToken()).body;

    const done = await confirm(token.value);
    const again = await confirm(token.value);

    expect(done.status).toBe(200);
    expect(done.body.isEmailVerified).toBe(true);
    expect(again.status).toBe(404);
    expect(emulator.controls.outbox().map((m) => m.kind)).toEqual([
      'email-verification',
    ]);
  });

  it('needs ttlMinutes and checks a given version', async () => {
    const me = (await client.api<Customer>('GET', '/me', customerToken)).body;

    const noTtl = await client.api('POST', '/customers/email-token', admin, {
      id: me.id,
    });
    const stale = await emailToken({ version: 7 });

    expect(noTtl.status).toBe(400);
    expect(noTtl.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
    expect(stale.status).toBe(409);
  });

  it('answers ExpiredCustomerEmailToken after its ttl', async () => {
    const token = (await emailToken()).body;
    emulator.controls.advanceClock(3600);

    const result = await confirm(token.value);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [
        {
          code: 'ExpiredCustomerEmailToken',
          message: 'The given email token has expired.',
        },
      ],
    });
  });

  it('answers 404 for an unknown customer id', async () => {
    const result = await client.api('POST', '/customers/email-token', admin, {
      id: 'nope',
      ttlMinutes: 5,
    });

    expect(result.status).toBe(404);
  });
});
