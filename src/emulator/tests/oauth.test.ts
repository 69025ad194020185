import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { ADMIN, basic, SPA, type TokenBody } from './client';
import { TEST_BASE_URL } from '../msw/node';
import { createEmulator } from '../core';

const { client, emulator } = startEmulator({}, 'demo');
const DEMO = ['alex.demo@example.com', 'Demo-pass-1'] as const;

describe('client credentials', () => {
  it('answers a token without a refresh token (S9)', async () => {
    const result = await client.form<TokenBody>('/oauth/token', {
      grant_type: 'client_credentials',
    });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 172800,
      scope:
        'manage_my_profile:demo manage_my_orders:demo ' +
        'create_anonymous_token:demo view_published_products:demo',
    });
    expect(result.body).not.toHaveProperty('refresh_token');
  });

  it('grants exactly the scopes asked for, store forms included', async () => {
    const result = await client.form<TokenBody>('/oauth/token', {
      grant_type: 'client_credentials',
      scope: 'manage_my_profile:demo:berlin view_published_products:demo',
    });

    expect(result.body.scope).toBe(
      'manage_my_profile:demo:berlin view_published_products:demo',
    );
  });

  it.each([
    'manage_customers:demo',
    'manage_my_profile:other',
    'manage_my_profile:demo:nowhere',
    'customer_id:123',
  ])('rejects the scope %s with invalid_scope', async (scope) => {
    const result = await client.form('/oauth/token', {
      grant_type: 'client_credentials',
      scope,
    });

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: 'Malformed parameter: scope: Invalid scope.',
      errors: [
        {
          code: 'invalid_scope',
          message: 'Malformed parameter: scope: Invalid scope.',
        },
      ],
      error: 'invalid_scope',
      error_description: 'Malformed parameter: scope: Invalid scope.',
    });
  });

  it('accepts the parameters as query parameters too', async () => {
    const response = await fetch(
      `${TEST_BASE_URL}/oauth/token?grant_type=client_credentials`,
      { method: 'POST', headers: { authorization: basic(SPA) } },
    );

    expect(response.status).toBe(200);
  });
});

describe('client authentication and request errors', () => {
  it.each([
    ['no credentials', undefined],
    ['a wrong secret', `Basic ${btoa('spa-client:wrong')}`],
    ['an unknown client', `Basic ${btoa('nobody:spa-secret')}`],
    ['garbage', 'Basic %%%'],
  ])('answers 401 invalid_client for %s', async (_name, authorization) => {
    const response = await fetch(`${TEST_BASE_URL}/oauth/token`, {
      method: 'POST',
      headers: authorization ? { authorization } : {},
      body: 'grant_type=client_credentials',
    });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: 'invalid_client',
      errors: [
        {
          code: 'invalid_client',
          message:
            'Please provide valid client credentials using HTTP Basic ' +
            'Authentication.',
        },
      ],
    });
  });

  it('answers invalid_request for a missing grant type', async () => {
    const result = await client.form('/oauth/token', {});

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: 'invalid_request',
      message: 'Missing required parameter: grant_type.',
    });
  });

  it('answers unsupported_grant_type for a password grant on /oauth/token', async () => {
    const result = await client.form('/oauth/token', {
      grant_type: 'password',
      username: DEMO[0],
      password: DEMO[1],
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('anonymous sessions', () => {
  it('binds a generated anonymous id and answers a refresh token', async () => {
    const token = await client.anonymous();

    expect(token.scope).toMatch(/ anonymous_id:[0-9a-f-]{36}$/);
    expect(token.refresh_token).toMatch(/^demo:[\w-]+$/);
  });

  it('uses a given anonymous id once; a used one is a 400', async () => {
    const first = await client.anonymous({ anonymous_id: 'guest-1' });
    const again = await client.form('/oauth/demo/anonymous/token', {
      grant_type: 'client_credentials',
      anonymous_id: 'guest-1',
    });

    expect(first.scope).toContain('anonymous_id:guest-1');
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      message: 'The given anonymous ID is already in use.',
      errors: [{ code: 'AnonymousIdAlreadyInUse' }],
      error: 'invalid_request',
    });
  });

  it('needs a client with create_anonymous_token', async () => {
    const local = createEmulator({
      clients: [{ id: 'c', secret: 's', scopes: ['manage_my_profile:demo'] }],
    });
    const result = await local.handle({
      method: 'POST',
      path: '/oauth/demo/anonymous/token',
      query: new URLSearchParams(),
      headers: { authorization: `Basic ${btoa('c:s')}` },
      body: 'grant_type=client_credentials',
    });

    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toMatchObject({ error: 'invalid_scope' });
  });
});

describe('password flow', () => {
  it('binds the customer id in the scope', async () => {
    const token = await client.password(...DEMO);
    const me = await client.api('GET', '/me', token.access_token);

    expect(token.scope).toBe(
      `manage_my_profile:demo manage_my_orders:demo create_anonymous_token:demo ` +
        `view_published_products:demo customer_id:${me.body.id}`,
    );
  });

  it('matches the email without case (S3)', async () => {
    const token = await client.password('ALEX.Demo@Example.com', DEMO[1]);

    expect(token.access_token).toBeTruthy();
  });

  it.each([
    ['a wrong password', DEMO[0], 'wrong-pass'],
    ['an unknown email', 'nobody@example.com', DEMO[1]],
  ])('answers one 400 for %s (S18)', async (_name, username, password) => {
    const result = await client.form('/oauth/demo/customers/token', {
      grant_type: 'password',
      username,
      password,
    });

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: 'Customer account with the given credentials not found.',
      errors: [
        {
          code: 'invalid_customer_account_credentials',
          message: 'Customer account with the given credentials not found.',
        },
      ],
      error: 'invalid_customer_account_credentials',
      error_description:
        'Customer account with the given credentials not found.',
    });
  });

  it('needs username and password', async () => {
    const result = await client.form('/oauth/demo/customers/token', {
      grant_type: 'password',
      username: DEMO[0],
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: 'invalid_request',
      message: 'Missing required parameter: password.',
    });
  });

  it('answers 404 for another project key', async () => {
    const result = await client.form('/oauth/other/customers/token', {
      grant_type: 'password',
      username: DEMO[0],
      password: DEMO[1],
    });

    expect(result.status).toBe(404);
  });
});

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
    const before = await client.form('/oauth/introspect', {
      token: token.access_token,
    });
    await client.form('/oauth/token/revoke', { token: token.access_token });
    const after = await client.form('/oauth/introspect', {
      token: token.access_token,
    });

    expect(before.body).toMatchObject({ active: true, scope: token.scope });
    expect(typeof before.body.exp).toBe('number');
    expect(after.body).toEqual({ active: false });
  });

  it('answers 200 for an unknown token', async () => {
    const result = await client.form('/oauth/token/revoke', { token: 'nope' });

    expect(result.status).toBe(200);
  });
});
