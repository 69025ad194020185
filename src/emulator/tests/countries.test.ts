import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { signedInCustomer } from './signed-in-customer';

const { client } = startEmulator();
const customer = signedInCustomer(client, 'countries@example.test');

const invalid = (detail: string) => ({
  statusCode: 400,
  message: 'Request body does not contain valid JSON.',
  errors: [
    {
      code: 'InvalidJsonInput',
      message: 'Request body does not contain valid JSON.',
      detailedErrorMessage: detail,
    },
  ],
});

describe('country codes are ISO 3166-1 alpha-2', () => {
  it.each(['XX', 'UK', 'EU', 'de', 'D E'])(
    'refuses %j in every place a country is read',
    async (country) => {
      const anon = await client.anonymous();
      const answers = [
        await customer.update([{ action: 'addAddress', address: { country } }]),
        await client.api('POST', '/me/signup', anon.access_token, {
          email: 'new@example.test',
          password: 'Passw0rd!',
          addresses: [{ country }],
        }),
        await client.api('POST', '/me/carts', customer.token(), {
          currency: 'EUR',
          country,
        }),
        await client.api('POST', '/me/carts', customer.token(), {
          currency: 'EUR',
          shippingAddress: { country },
        }),
      ];

      expect(answers.map((a) => a.body)).toEqual(
        [
          'actions -> [0] -> address -> country',
          'addresses -> [0] -> country',
          'country',
          'shippingAddress -> country',
        ].map((path) => invalid(`${path}: Invalid country code '${country}'.`)),
      );
    },
  );

  it('refuses it in setCountry on a cart', async () => {
    const cart = await client.api<{ id: string; version: number }>(
      'POST',
      '/me/carts',
      customer.token(),
      { currency: 'EUR' },
    );

    const answer = await client.api(
      'POST',
      `/me/carts/${cart.body.id}`,
      customer.token(),
      { version: 1, actions: [{ action: 'setCountry', country: 'XX' }] },
    );

    expect(answer.status).toBe(400);
  });

  it.each(['AX', 'SS', 'ZW', 'GB', 'DE'])('takes %s', async (country) => {
    const answer = await customer.update([
      { action: 'addAddress', address: { country } },
    ]);

    expect(answer.status).toBe(200);
  });
});
