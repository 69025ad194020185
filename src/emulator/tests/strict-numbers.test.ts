import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { PASSWORD, signedInCustomer } from './signed-in-customer';

const { client } = startEmulator();
const customer = signedInCustomer(client, 'numbers@example.test');

const LOOSE_QUERY = ['0x1', '1e0', '%201', '1.0', '-1', '+1', '1%20'];
const LOOSE_JSON = ['1e300', '9007199254740993', '-1', '1.5', '"1"'];

describe('version in the query', () => {
  it.each(LOOSE_QUERY)('refuses ?version=%s with InvalidInput', async (raw) => {
    const answer = await client.api(
      'DELETE',
      `/me?version=${raw}`,
      customer.token(),
    );

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
    expect((await customer.current()).email).toBe('numbers@example.test');
  });

  it('takes a plain whole number', async () => {
    const answer = await client.api(
      'DELETE',
      '/me?version=1',
      customer.token(),
    );

    expect(answer.status).toBe(200);
  });

  it('is as strict for carts', async () => {
    const cart = await client.api<{ id: string }>(
      'POST',
      '/me/carts',
      customer.token(),
      { currency: 'EUR' },
    );

    const answer = await client.api(
      'DELETE',
      `/me/carts/${cart.body.id}?version=1e0`,
      customer.token(),
    );

    expect(answer.status).toBe(400);
  });
});

describe('version in a JSON body', () => {
  it.each(LOOSE_JSON)(
    'refuses %s on POST /me and /me/password',
    async (raw) => {
      const update = await client.api(
        'POST',
        '/me',
        customer.token(),
        `{"version": ${raw}, "actions": []}`,
      );
      const password = await client.api(
        'POST',
        '/me/password',
        customer.token(),
        `{"version": ${raw}, "currentPassword": "${PASSWORD}", "newPassword": "x"}`,
      );

      for (const answer of [update, password]) {
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          errors: [{ code: 'InvalidJsonInput' }],
        });
      }
    },
  );
});

describe('other whole numbers', () => {
  it('refuses a quantity too large to hold exactly', async () => {
    const answer = await client.api(
      'POST',
      '/me/carts',
      customer.token(),
      '{"currency": "EUR", "lineItems": [{"sku": "SKU-1", "quantity": 1e300}]}',
    );

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });

  it.each(['0x10', '1e1', '501', '-1'])(
    'refuses limit=%s on the product list',
    async (raw) => {
      const answer = await client.api(
        'GET',
        `/product-projections?limit=${raw}`,
        customer.token(),
      );

      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        errors: [{ code: 'InvalidInput' }],
      });
    },
  );

  it('pages with plain numbers', async () => {
    const answer = await client.api<{ count: number; offset: number }>(
      'GET',
      '/product-projections?limit=2&offset=1',
      customer.token(),
    );

    expect(answer.body).toMatchObject({ count: 2, offset: 1 });
  });
});
