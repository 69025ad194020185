import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client, emulator } = startEmulator({}, 'demo');
const PASSWORD = 'Passw0rd!';

const signUp = (email: string, extra: Record<string, unknown> = {}) =>
  client.signUp({ email, password: PASSWORD, ...extra });

const me = async (token: string) =>
  (await client.api<Customer>('GET', '/me', token)).body;

describe('the demo seed', () => {
  it('has Alex with two German addresses and a default shipping one', async () => {
    const token = await client.password('alex.demo@example.com', 'Demo-pass-1');
    const alex = await me(token.access_token);

    expect(alex).toMatchObject({
      email: 'alex.demo@example.com',
      firstName: 'Alex',
      lastName: 'Demo',
      version: 1,
      isEmailVerified: false,
      stores: [],
      authenticationMode: 'Password',
    });
    expect(alex.addresses.map((a) => a.country)).toEqual(['DE', 'DE']);
    expect(alex.defaultShippingAddressId).toBe(alex.addresses[0]?.id);
    expect(alex.shippingAddressIds).toEqual([alex.addresses[0]?.id]);
  });
});

describe('sign-up', () => {
  it('answers 201 with the customer and keeps the password masked', async () => {
    const anon = await client.anonymous();
    const result = await client.api<{ customer: Customer }>(
      'POST',
      '/me/signup',
      anon.access_token,
      {
        email: 'New.Person@Example.TEST',
        password: PASSWORD,
        firstName: 'New',
        dateOfBirth: '1990-04-01',
        addresses: [
          { id: 'mine', key: 'home', country: 'DE', city: 'Berlin' },
          { country: 'FR', city: 'Paris' },
        ],
        defaultShippingAddress: 0,
        defaultBillingAddress: 1,
      },
    );

    expect(result.status).toBe(201);
    const customer = result.body.customer;
    expect(customer).toMatchObject({
      email: 'New.Person@Example.TEST',
      firstName: 'New',
      dateOfBirth: '1990-04-01',
      version: 1,
      isEmailVerified: false,
      customerGroupAssignments: [],
    });
    expect(customer.password).toMatch(/^\*{4}.{4}$/);
    expect(JSON.stringify(customer)).not.toContain(PASSWORD);
    expect(result.body).not.toHaveProperty('cart');
    const [home, paris] = customer.addresses;
    expect(home?.id).toMatch(/^[\w-]{8}$/);
    expect(home?.id).not.toBe('mine');
    expect(customer.shippingAddressIds).toEqual([home?.id]);
    expect(customer.billingAddressIds).toEqual([paris?.id]);
    expect(customer.createdBy).toMatchObject({
      clientId: 'spa-client',
      anonymousId: expect.any(String),
    });
  });

  it('answers DuplicateField on email for the same email in any case (S3, S4)', async () => {
    await signUp('User.A@Example.TEST');
    const anon = await client.anonymous();

    const again = await client.api('POST', '/me/signup', anon.access_token, {
      email: 'user.a@EXAMPLE.test',
      password: PASSWORD,
    });

    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      statusCode: 400,
      message: 'There is already an existing customer with the provided email.',
      errors: [
        {
          code: 'DuplicateField',
          message:
            'There is already an existing customer with the provided email.',
          field: 'email',
          duplicateValue: 'user.a@EXAMPLE.test',
        },
      ],
    });
  });

  it('creates exactly one account for a double submit', async () => {
    const anon = await client.anonymous();
    const draft = { email: 'twice@example.test', password: PASSWORD };

    const results = await Promise.all([
      client.api('POST', '/me/signup', anon.access_token, draft),
      client.api('POST', '/me/signup', anon.access_token, draft),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it.each([
    ['no email', { password: PASSWORD }, 'email: Missing required value.'],
    [
      'no password',
      { email: 'x@example.test' },
      'password: Missing required value.',
    ],
    [
      'a number as first name',
      { email: 'x@example.test', password: PASSWORD, firstName: 5 },
      'firstName: JSON String expected.',
    ],
    [
      'a bad date of birth',
      {
        email: 'x@example.test',
        password: PASSWORD,
        dateOfBirth: '1990-02-30',
      },
      "dateOfBirth: Invalid date '1990-02-30'.",
    ],
    [
      'an address without country',
      { email: 'x@example.test', password: PASSWORD, addresses: [{}] },
      'addresses -> [0] -> country: Missing required value.',
    ],
  ])('answers InvalidJsonInput for %s', async (_name, draft, detail) => {
    const anon = await client.anonymous();
    const result = await client.api(
      'POST',
      '/me/signup',
      anon.access_token,
      draft,
    );

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: 'Request body does not contain valid JSON.',
      errors: [{ code: 'InvalidJsonInput', detailedErrorMessage: detail }],
    });
  });

  it('answers InvalidJsonInput for malformed JSON', async () => {
    const anon = await client.anonymous();
    const result = await client.api(
      'POST',
      '/me/signup',
      anon.access_token,
      '{"email": ',
    );

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });

  it('answers InvalidInput for a default index outside the addresses', async () => {
    const anon = await client.anonymous();
    const result = await client.api('POST', '/me/signup', anon.access_token, {
      email: 'x@example.test',
      password: PASSWORD,
      addresses: [{ country: 'DE' }],
      defaultShippingAddress: 1,
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
  });
});

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

describe('delete (S17)', () => {
  it('needs a version, checks it, then deletes and ends the session', async () => {
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
      401,
    );
    expect((await client.refresh(token.refresh_token ?? '')).status).toBe(400);
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
