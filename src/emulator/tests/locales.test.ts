import type { Cart, Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../core';
import { coreClient } from './core-client';
import { startEmulator, TEST_NOW } from './setup';
import { signedInCustomer } from './signed-in-customer';

const { client } = startEmulator();
const customer = signedInCustomer(client, 'locales@example.test');

describe('locales name project languages, compared without case', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['de-AT', 'de-AT'],
    ['en-gb', 'en-GB'],
    ['De-dE', 'de-DE'],
  ])('setLocale %j stores %j', async (sent, stored) => {
    expect(
      (await customer.updated({ action: 'setLocale', locale: sent })).locale,
    ).toBe(stored);
  });

  it.each([
    'de-💥<x>',
    'fr',
    'de-XX',
    'de-Latn',
    'de_DE',
    'en-US-x-a',
    ' en',
    '',
  ])('refuses %j with InvalidField and the languages', async (locale) => {
    const answer = await customer.update([{ action: 'setLocale', locale }]);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errors: [
        {
          code: 'InvalidField',
          field: 'locale',
          invalidValue: locale,
          allowedValues: ['en', 'de'],
        },
      ],
    });
  });

  it('sending the stored locale in another case changes nothing', async () => {
    const before = await customer.updated({
      action: 'setLocale',
      locale: 'en',
    });

    const after = await customer.updated({ action: 'setLocale', locale: 'EN' });

    expect(after.version).toBe(before.version);
  });

  it('applies the same rule to sign-up and carts', async () => {
    const anon = await client.anonymous();
    const signUp = await client.api<{ customer: Customer }>(
      'POST',
      '/me/signup',
      anon.access_token,
      { email: 'new@example.test', password: 'Passw0rd!', locale: 'DE' },
    );
    const cart = await client.api<Cart>('POST', '/me/carts', customer.token(), {
      currency: 'EUR',
      locale: 'en-gb',
    });
    const badCart = await client.api('POST', '/me/carts', customer.token(), {
      currency: 'EUR',
      locale: 'de-💥',
    });

    expect(signUp.body.customer.locale).toBe('de');
    expect(cart.body.locale).toBe('en-GB');
    expect(badCart.body).toMatchObject({ errors: [{ code: 'InvalidField' }] });
  });
});

describe('a project language with a region', () => {
  it('matches only itself', async () => {
    const local = coreClient(
      createEmulator({ now: () => TEST_NOW, languages: ['en', 'de-CH'] }),
    );
    const anon = await local.anonymous();
    const signUp = (locale: string) =>
      local.api('POST', '/me/signup', anon.access_token, {
        email: `${locale}@example.test`,
        password: 'Passw0rd!',
        locale,
      });

    const answers = [
      await signUp('de-ch'),
      await signUp('de'),
      await signUp('de-AT'),
    ];

    expect(answers.map((a) => a.status)).toEqual([201, 400, 400]);
  });
});
