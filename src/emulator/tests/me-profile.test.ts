import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client, emulator } = startEmulator({}, 'demo');
const PASSWORD = 'Passw0rd!';

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  client.signUp({ email, password: PASSWORD, ...extra });

const me = async (token: string) =>
  (await client.api<Customer>('GET', '/me', token)).body;

describe('/me is whoever the token says (S1)', () => {
  it('reads, updates and deletes B only; A can still sign in', async () => {
    const tokenA = await signUp('a@example.test', { firstName: 'Ann' });
    const tokenB = await signUp('b@example.test', { firstName: 'Ben' });

    const b = await me(tokenB.access_token);
    expect(b.email).toBe('b@example.test');

    const updated = await client.api<Customer>(
      'POST',
      '/me',
      tokenB.access_token,
      {
        version: b.version,
        actions: [{ action: 'setFirstName', firstName: 'Benedict' }],
      },
    );
    expect(updated.body.firstName).toBe('Benedict');
    expect((await me(tokenA.access_token)).firstName).toBe('Ann');

    const deleted = await client.api<Customer>(
      'DELETE',
      `/me?version=${updated.body.version}`,
      tokenB.access_token,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(b.id);

    const a = await client.password('a@example.test', PASSWORD);
    expect((await me(a.access_token)).firstName).toBe('Ann');
  });

  it.each([
    ['an anonymous', () => client.anonymous()],
    ['a client-credentials', () => client.clientCredentials()],
  ])('keeps %s token away from any profile', async (_name, getToken) => {
    const token = await getToken();

    for (const [method, path, body] of [
      ['GET', '/me', undefined],
      ['POST', '/me', { version: 1, actions: [] }],
      ['DELETE', '/me?version=1', undefined],
      [
        'POST',
        '/me/password',
        { version: 1, currentPassword: 'a', newPassword: 'b' },
      ],
    ] as const) {
      const result = await client.api(method, path, token.access_token, body);
      expect(result.status).toBe(403);
      expect(result.body).toMatchObject({
        error: 'insufficient_scope',
        errors: [{ code: 'insufficient_scope' }],
      });
    }
  });
});

describe('bearer and scope checks', () => {
  it('answers 401 invalid_token without or with an unknown token', async () => {
    expect((await client.api('GET', '/me')).status).toBe(401);
    expect((await client.api('GET', '/me', 'nope')).status).toBe(401);
  });

  it('answers 403 insufficient_scope without manage_my_profile', async () => {
    const result = await client.form<{ access_token: string }>(
      '/oauth/demo/customers/token',
      {
        grant_type: 'password',
        username: 'alex.demo@example.com',
        password: 'Demo-pass-1',
        scope: 'view_published_products:demo',
      },
    );

    const answer = await client.api('GET', '/me', result.body.access_token);

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
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
    });
  });
});

describe('delete (S17)', () => {
  it('needs a version, checks it, then deletes; the session cannot go on', async () => {
    const token = await signUp('gone@example.test');
    const customer = await me(token.access_token);

    const missing = await client.api('DELETE', '/me', token.access_token);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });

    const stale = await client.api(
      'DELETE',
      `/me?version=${customer.version + 1}`,
      token.access_token,
    );
    expect(stale.status).toBe(409);

    const done = await client.api<Customer>(
      'DELETE',
      `/me?version=${customer.version}`,
      token.access_token,
    );
    expect(done.status).toBe(200);
    expect(done.body.email).toBe('gone@example.test');

    await expect(
      client.password('gone@example.test', PASSWORD),
    ).rejects.toThrow();
    expect((await client.api('GET', '/me', token.access_token)).status).toBe(
      404,
    );
    expect((await client.refresh(token.refresh_token ?? '')).status).toBe(400);
  });

  it("answers 404 ResourceNotFound on every /me route for the gone customer's token", async () => {
    const token = await signUp('orphan@example.test');
    const { id, version } = await me(token.access_token);
    await client.api('DELETE', `/me?version=${version}`, token.access_token);

    const answers = await Promise.all(
      [
        ['GET', '/me'],
        ['POST', '/me', { version, actions: [] }],
        ['DELETE', `/me?version=${version}`],
        [
          'POST',
          '/me/password',
          { version, currentPassword: PASSWORD, newPassword: 'New-pass-1' },
        ],
        ['GET', '/in-store/key=berlin/me'],
      ].map(([method, path, body]) =>
        client.api(String(method), String(path), token.access_token, body),
      ),
    );

    const notFound = {
      statusCode: 404,
      message: `The Resource with ID '${id}' was not found.`,
      errors: [
        {
          code: 'ResourceNotFound',
          message: `The Resource with ID '${id}' was not found.`,
        },
      ],
    };
    expect(answers.map((a) => a.body)).toEqual(answers.map(() => notFound));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404]);
    expect(await client.refresh(token.refresh_token ?? '')).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
  });
});

describe('not built', () => {
  it('answers an explicit 501 for My Orders', async () => {
    const token = await client.password('alex.demo@example.com', 'Demo-pass-1');

    const result = await client.api('GET', '/me/orders', token.access_token);

    expect(result.status).toBe(501);
    expect(result.body).toMatchObject({ errors: [{ code: 'General' }] });
  });

  it('answers 404 for an unknown path', async () => {
    expect((await client.api('GET', '/nothing-here')).status).toBe(404);
  });

  it('resets to the demo seed', () => {
    emulator.controls.reset();
    expect(emulator.controls.snapshot().state.customers).toHaveLength(1);
  });
});
