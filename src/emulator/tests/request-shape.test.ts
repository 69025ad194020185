import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { PASSWORD, signedInCustomer } from './signed-in-customer';

const { client, baseUrl } = startEmulator();
const customer = signedInCustomer(client, 'shape@example.test');

const unknownField = (detail: string) => ({
  statusCode: 400,
  message: 'Request body does not contain valid JSON.',
  errors: [
    {
      code: 'InvalidJsonInput',
      message: 'Request body does not contain valid JSON.',
      detailedErrorMessage: `${detail}: Unknown field.`,
    },
  ],
});

describe('fields a request type does not have are refused', () => {
  it('in an address', async () => {
    const answer = await customer.update([
      { action: 'addAddress', address: { country: 'DE', streetname: 'x' } },
    ]);

    expect(answer.body).toEqual(
      unknownField('actions -> [0] -> address -> streetname'),
    );
  });

  it('in an update action, the envelope and the custom fields', async () => {
    const typo = await customer.update([
      { action: 'setFirstName', firstname: 'Kim' },
    ]);
    const envelope = await client.api('POST', '/me', customer.token(), {
      version: 1,
      actions: [],
      expand: ['x'],
    });
    const custom = await customer.update([
      {
        action: 'addAddress',
        address: {
          country: 'DE',
          custom: { type: { key: 'address-extras' }, fieldz: {} },
        },
      },
    ]);

    expect(typo.body).toEqual(unknownField('actions -> [0] -> firstname'));
    expect(envelope.body).toEqual(unknownField('expand'));
    expect(custom.body).toEqual(
      unknownField('actions -> [0] -> address -> custom -> fieldz'),
    );
  });

  it('in the sign-up draft and its addresses', async () => {
    const anon = await client.anonymous();
    const draft = { email: 'new@example.test', password: PASSWORD };

    const extra = await client.api('POST', '/me/signup', anon.access_token, {
      ...draft,
      customerNumber: 'C-1',
    });
    const address = await client.api('POST', '/me/signup', anon.access_token, {
      ...draft,
      addresses: [{ country: 'DE', zip: '10115' }],
    });

    expect(extra.body).toEqual(unknownField('customerNumber'));
    expect(address.body).toEqual(unknownField('addresses -> [0] -> zip'));
  });

  it("in /me/login (the admin sign-in's field name is a trap)", async () => {
    const anon = await client.anonymous();

    const answer = await client.api('POST', '/me/login', anon.access_token, {
      email: 'shape@example.test',
      password: PASSWORD,
      anonymousCartSignInMode: 'UseAsNewActiveCustomerCart',
    });

    expect(answer.body).toEqual(unknownField('anonymousCartSignInMode'));
  });

  it('in /me/password', async () => {
    const answer = await client.api('POST', '/me/password', customer.token(), {
      version: 1,
      currentPassword: PASSWORD,
      newPassword: 'New-pass-1',
      confirmPassword: 'New-pass-1',
    });

    expect(answer.body).toEqual(unknownField('confirmPassword'));
  });

  it('but null counts as left out, and an address id is dropped', async () => {
    const updated = await customer.updated({
      action: 'addAddress',
      address: { id: 'mine', country: 'DE', region: null },
    });

    const [address] = updated.addresses;
    expect(address?.id).not.toBe('mine');
    expect(address).not.toHaveProperty('region');
  });

  it('custom fields on a cart address are not built: 501', async () => {
    const answer = await client.api('POST', '/me/carts', customer.token(), {
      currency: 'EUR',
      shippingAddress: { country: 'DE', custom: { type: { key: 'x' } } },
    });

    expect(answer.status).toBe(501);
  });
});

describe('content type', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', undefined])(
    'JSON is read whatever the Content-Type (%s), as the API does',
    async (contentType) => {
      const version = (await customer.current()).version;

      const response = await fetch(`${baseUrl}/demo/me`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${customer.token()}`,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
        body: JSON.stringify({
          version,
          actions: [{ action: 'setFirstName', firstName: 'Kim' }],
        }),
      });

      expect(response.status).toBe(200);
      expect(((await response.json()) as Customer).firstName).toBe('Kim');
    },
  );
});
