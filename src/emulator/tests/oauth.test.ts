import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { basic, SPA, type TokenBody } from './client';
import { TEST_BASE_URL } from '../msw/node';
import { createEmulator } from '../core';

const { client } = startEmulator({}, 'demo');
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
