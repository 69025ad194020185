import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { ADMIN } from './client';

const { client, emulator } = startEmulator({}, 'demo');
const DEMO = ['alex.demo@example.com', 'Demo-pass-1'] as const;

describe('refresh', () => {
  it('keeps the identity and answers no new refresh token (S8, S9)', async () => {
    const anon = await client.anonymous();
    const refreshed = await client.refresh(anon.refresh_token ?? '');

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.scope).toBe(anon.scope);
    expect(refreshed.body.access_token).not.toBe(anon.access_token);
    expect(refreshed.body).not.toHaveProperty('refresh_token');
  });

  it('answers invalid_grant for an unknown refresh token (S9)', async () => {
    const result = await client.refresh('demo:unknown');

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: 'The refresh token was not found. It may have expired.',
      errors: [
        {
          code: 'invalid_grant',
          message: 'The refresh token was not found. It may have expired.',
        },
      ],
      error: 'invalid_grant',
      error_description:
        'The refresh token was not found. It may have expired.',
    });
  });

  it('does not refresh another client’s token', async () => {
    const anon = await client.anonymous();
    const result = await client.form(
      '/oauth/token',
      { grant_type: 'refresh_token', refresh_token: anon.refresh_token ?? '' },
      ADMIN,
    );

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('slides: each use restarts the 200-day inactivity window', async () => {
    const anon = await client.anonymous();
    const rt = anon.refresh_token ?? '';

    emulator.controls.advanceClock(150 * 86400);
    expect((await client.refresh(rt)).status).toBe(200);
    emulator.controls.advanceClock(150 * 86400);
    expect((await client.refresh(rt)).status).toBe(200);
    emulator.controls.advanceClock(201 * 86400);
    expect((await client.refresh(rt)).status).toBe(400);
  });
});

describe('access-token expiry by the emulator clock (S19)', () => {
  it('answers 401 invalid_token once expires_in has passed', async () => {
    const token = await client.password(...DEMO);

    emulator.controls.advanceClock(172799);
    expect((await client.api('GET', '/me', token.access_token)).status).toBe(
      200,
    );
    emulator.controls.advanceClock(1);
    const expired = await client.api('GET', '/me', token.access_token);

    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      statusCode: 401,
      message: 'invalid_token',
      errors: [{ code: 'invalid_token', message: 'invalid_token' }],
      error: 'invalid_token',
    });
  });

  it('lets the refresh token bring a working access token back', async () => {
    const token = await client.password(...DEMO);
    emulator.controls.advanceClock(172800);

    const refreshed = await client.refresh(token.refresh_token ?? '');
    const me = await client.api('GET', '/me', refreshed.body.access_token);

    expect(me.status).toBe(200);
    expect(me.body.email).toBe(DEMO[0]);
  });
});

describe('revoke and introspect', () => {
  it('revokes a refresh token and the access tokens made from it', async () => {
    const token = await client.password(...DEMO);

    const revoked = await client.form('/oauth/token/revoke', {
      token: token.refresh_token ?? '',
      token_type_hint: 'refresh_token',
    });

    expect(revoked.status).toBe(200);
    expect((await client.refresh(token.refresh_token ?? '')).status).toBe(400);
    expect((await client.api('GET', '/me', token.access_token)).status).toBe(
      401,
    );
  });

  it('reports a live token as active and a revoked one as not', async () => {
    const token = await client.anonymous();
    const before = await client.form(
      '/oauth/introspect',
      { token: token.access_token },
      ADMIN,
    );
    await client.form('/oauth/token/revoke', { token: token.access_token });
    const after = await client.form(
      '/oauth/introspect',
      { token: token.access_token },
      ADMIN,
    );

    expect(before.body).toMatchObject({ active: true, scope: token.scope });
    expect(typeof before.body.exp).toBe('number');
    expect(after.body).toEqual({ active: false });
  });

  it('lets only a client with introspect_oauth_tokens introspect', async () => {
    const token = await client.anonymous();

    const answer = await client.form('/oauth/introspect', {
      token: token.access_token,
    });

    const message =
      'Insufficient scope. One of the following scopes is missing: ' +
      'introspect_oauth_tokens.';
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      statusCode: 403,
      message,
      errors: [{ code: 'insufficient_scope', message }],
      error: 'insufficient_scope',
      error_description: message,
    });
  });

  it('answers 200 for an unknown token', async () => {
    const result = await client.form('/oauth/token/revoke', { token: 'nope' });

    expect(result.status).toBe(200);
  });
});
