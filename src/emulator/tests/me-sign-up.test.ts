import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator({}, 'demo');
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
