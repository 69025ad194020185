import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { startEmulator } from '../tests/setup';

const { client, emulator, baseUrl } = startEmulator();
const EMAIL = 'Forgetful@Example.test';
const PASSWORD = 'Passw0rd!';

async function post(path: string, body?: unknown, token?: string) {
  const response = await fetch(`${baseUrl}/account-service${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
    retryAfter: response.headers.get('retry-after'),
  };
}

const outbox = () => emulator.controls.outbox();

describe('password reset', () => {
  it('answers 202 for a known email and mails a link token', async () => {
    await client.signUp({ email: EMAIL, password: PASSWORD });

    const answer = await post('/password-reset', {
      email: 'forgetful@example.TEST',
    });

    expect(answer.status).toBe(202);
    expect(outbox()).toMatchObject([
      { kind: 'password-reset', email: EMAIL, tokenValue: expect.any(String) },
    ]);
  });

  it('answers the same 202 for an unknown email and mails nothing', async () => {
    const answer = await post('/password-reset', {
      email: 'nobody@example.test',
    });

    expect(answer).toMatchObject({ status: 202, body: undefined });
    expect(outbox()).toEqual([]);
  });

  it('answers 202 for an unknown store without mailing', async () => {
    await client.signUp({ email: EMAIL, password: PASSWORD });

    const answer = await post('/password-reset', {
      email: EMAIL,
      storeKey: 'nowhere',
    });

    expect(answer.status).toBe(202);
    expect(outbox()).toEqual([]);
  });

  it('rejects a body without an email', async () => {
    const answer = await post('/password-reset', {});

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });

  it('a newer link replaces the older one', async () => {
    await client.signUp({ email: EMAIL, password: PASSWORD });
    await post('/password-reset', { email: EMAIL });
    await post('/password-reset', { email: EMAIL });
    const [first, second] = outbox();

    const old = await post('/password-reset/check', {
      token: first?.tokenValue,
    });
    const fresh = await post('/password-reset/check', {
      token: second?.tokenValue,
    });

    expect(old.status).toBe(404);
    expect(fresh.status).toBe(200);
  });
});

describe('password reset check', () => {
  async function mailedToken() {
    await client.signUp({ email: EMAIL, password: PASSWORD });
    await post('/password-reset', { email: EMAIL });
    return outbox()[0]?.tokenValue ?? '';
  }

  it('answers 200 with the expiry, an hour ahead, and no customer data', async () => {
    const token = await mailedToken();

    const answer = await post('/password-reset/check', { token });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ expiresAt: '2026-03-02T10:00:00.000Z' });
  });

  it('answers 400 ExpiredCustomerPasswordToken after the hour', async () => {
    const token = await mailedToken();
    emulator.controls.advanceClock(3600);

    const answer = await post('/password-reset/check', { token });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: [{ code: 'ExpiredCustomerPasswordToken' }],
    });
  });

  it('answers 404 for an unknown token and for a used one', async () => {
    const token = await mailedToken();
    const anon = await client.anonymous();
    const reset = await client.api<Customer>(
      'POST',
      '/me/password/reset',
      anon.access_token,
      { tokenValue: token, newPassword: 'N3w-secret!' },
    );
    expect(reset.status).toBe(200);

    const used = await post('/password-reset/check', { token });
    const unknown = await post('/password-reset/check', { token: 'nope' });

    expect(used.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      errors: [{ code: 'ResourceNotFound' }],
    });
  });
});

describe('email verification', () => {
  it('mails a link token to the customer behind the bearer token', async () => {
    const tokens = await client.signUp({ email: EMAIL, password: PASSWORD });

    const answer = await post(
      '/email-verification',
      undefined,
      tokens.access_token,
    );

    expect(answer.status).toBe(202);
    expect(outbox()).toMatchObject([
      { kind: 'email-verification', email: EMAIL },
    ]);
    const anon = await client.anonymous();
    const confirmed = await client.api<Customer>(
      'POST',
      '/me/email/confirm',
      anon.access_token,
      { tokenValue: outbox()[0]?.tokenValue },
    );
    expect(confirmed.body.isEmailVerified).toBe(true);
  });

  it('needs a customer: no token is 401, a guest token 403', async () => {
    const anon = await client.anonymous();

    const none = await post('/email-verification');
    const guest = await post('/email-verification', {}, anon.access_token);

    expect(none.status).toBe(401);
    expect(guest.status).toBe(403);
    expect(outbox()).toEqual([]);
  });

  it('sends one mail a minute and says how long to wait', async () => {
    const tokens = await client.signUp({ email: EMAIL, password: PASSWORD });
    await post('/email-verification', {}, tokens.access_token);
    emulator.controls.advanceClock(20);

    const early = await post('/email-verification', {}, tokens.access_token);
    emulator.controls.advanceClock(40);
    const later = await post('/email-verification', {}, tokens.access_token);

    expect(early.status).toBe(429);
    expect(early.retryAfter).toBe('40');
    expect(early.body).toMatchObject({
      errors: [{ code: 'TooManyRequests', retryAfterSeconds: 40 }],
    });
    expect(later.status).toBe(202);
    expect(outbox()).toHaveLength(2);
  });

  it('mails nothing when the email is verified already', async () => {
    const tokens = await client.signUp({ email: EMAIL, password: PASSWORD });
    await post('/email-verification', {}, tokens.access_token);
    const anon = await client.anonymous();
    await client.api('POST', '/me/email/confirm', anon.access_token, {
      tokenValue: outbox()[0]?.tokenValue,
    });
    emulator.controls.advanceClock(60);

    const answer = await post('/email-verification', {}, tokens.access_token);

    expect(answer.status).toBe(202);
    expect(outbox()).toHaveLength(1);
  });
});
