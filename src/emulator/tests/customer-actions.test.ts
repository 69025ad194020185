import type { Customer } from '@commercetools/platform-sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { CUSTOM_TYPES } from '../core/custom-types';

const { client, emulator } = startEmulator();
const PASSWORD = 'Passw0rd!';
let token = '';

beforeEach(async () => {
  token = (
    await client.signUp({ email: 'me@example.test', password: PASSWORD })
  ).access_token;
});

const current = async () =>
  (await client.api<Customer>('GET', '/me', token)).body;

async function update(actions: unknown[], version?: number) {
  const v = version ?? (await current()).version;
  return client.api<Customer>('POST', '/me', token, { version: v, actions });
}

async function updated(...actions: unknown[]) {
  const result = await update(actions);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body;
}

describe('personal fields', () => {
  it.each([
    ['setFirstName', 'firstName'],
    ['setLastName', 'lastName'],
    ['setMiddleName', 'middleName'],
    ['setTitle', 'title'],
    ['setSalutation', 'salutation'],
    ['setCompanyName', 'companyName'],
    ['setVatId', 'vatId'],
  ])('%s sets %s, and without a value removes it', async (action, field) => {
    const set = await updated({ action, [field]: 'Value' });
    expect(set).toMatchObject({ [field]: 'Value', version: 2 });

    const removed = await updated({ action });
    expect(removed).not.toHaveProperty(field);
    expect(removed.version).toBe(3);
  });

  it('setDateOfBirth takes a calendar date and rejects others', async () => {
    expect(
      (await updated({ action: 'setDateOfBirth', dateOfBirth: '2000-02-29' }))
        .dateOfBirth,
    ).toBe('2000-02-29');

    const bad = await update([
      { action: 'setDateOfBirth', dateOfBirth: '2001-02-29' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: [
        {
          code: 'InvalidJsonInput',
          detailedErrorMessage:
            "actions -> [0] -> dateOfBirth: Invalid date '2001-02-29'.",
        },
      ],
    });
  });

  it('setLocale takes a project language and rejects others', async () => {
    expect(
      (await updated({ action: 'setLocale', locale: 'de-AT' })).locale,
    ).toBe('de-AT');

    const bad = await update([{ action: 'setLocale', locale: 'fr' }]);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: [
        {
          code: 'InvalidField',
          field: 'locale',
          invalidValue: 'fr',
          allowedValues: ['en', 'de'],
        },
      ],
    });
  });
});

describe('changeEmail (S3, S15)', () => {
  it('keeps the case and resets isEmailVerified', async () => {
    emulatorVerify();
    const result = await updated({
      action: 'changeEmail',
      email: 'New@Example.TEST',
    });

    expect(result.email).toBe('New@Example.TEST');
    expect(result.isEmailVerified).toBe(false);
  });

  it("answers DuplicateField for another customer's email in any case", async () => {
    await client.signUp({ email: 'Other@Example.test', password: PASSWORD });

    const result = await update([
      { action: 'changeEmail', email: 'other@EXAMPLE.TEST' },
    ]);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [
        {
          code: 'DuplicateField',
          field: 'email',
          duplicateValue: 'other@EXAMPLE.TEST',
        },
      ],
    });
  });

  function emulatorVerify() {
    const snapshot = emulator.controls.snapshot();
    for (const record of snapshot.state.customers) {
      record.customer = { ...record.customer, isEmailVerified: true };
    }
    emulator.controls.restore(snapshot);
  }
});

describe('addresses and their roles (S13, S14)', () => {
  const home = {
    key: 'home',
    country: 'DE',
    city: 'Berlin',
    streetName: 'Musterweg',
  };

  it('walks through the defaults bookkeeping of S13', async () => {
    const added = await updated({
      action: 'addAddress',
      address: { ...home, id: 'x' },
    });
    const id = added.addresses[0]?.id ?? '';
    expect(id).toMatch(/^[\w-]{8}$/);
    expect(id).not.toBe('x');

    const withDefault = await updated({
      action: 'setDefaultShippingAddress',
      addressKey: 'home',
    });
    expect(withDefault.defaultShippingAddressId).toBe(id);
    expect(withDefault.shippingAddressIds).toEqual([id]);

    const removedRole = await updated({
      action: 'removeShippingAddressId',
      addressKey: 'home',
    });
    expect(removedRole.shippingAddressIds).toEqual([]);
    expect(removedRole).not.toHaveProperty('defaultShippingAddressId');
    expect(removedRole.addresses).toHaveLength(1);

    await updated(
      { action: 'setDefaultBillingAddress', addressId: id },
      { action: 'addShippingAddressId', addressId: id },
    );
    const removed = await updated({ action: 'removeAddress', addressId: id });
    expect(removed.addresses).toEqual([]);
    expect(removed.shippingAddressIds).toEqual([]);
    expect(removed.billingAddressIds).toEqual([]);
    expect(removed).not.toHaveProperty('defaultBillingAddressId');
  });

  it('changeAddress replaces the whole address and keeps id and roles (S14)', async () => {
    const added = await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultShippingAddress', addressKey: 'home' },
      { action: 'addBillingAddressId', addressKey: 'home' },
    );
    const id = added.addresses[0]?.id;

    const changed = await updated({
      action: 'changeAddress',
      addressId: id,
      address: { country: 'FR', city: 'Paris' },
    });

    expect(changed.addresses).toEqual([{ id, country: 'FR', city: 'Paris' }]);
    expect(changed.defaultShippingAddressId).toBe(id);
    expect(changed.shippingAddressIds).toEqual([id]);
    expect(changed.billingAddressIds).toEqual([id]);
  });

  it('lets later actions use a key added earlier in the same request', async () => {
    const result = await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultBillingAddress', addressKey: 'home' },
    );

    expect(result.defaultBillingAddressId).toBe(result.addresses[0]?.id);
    expect(result.version).toBe(3);
  });

  it('addBillingAddressId / removeBillingAddressId manage the list', async () => {
    await updated({ action: 'addAddress', address: home });
    const added = await updated({
      action: 'addBillingAddressId',
      addressKey: 'home',
    });
    expect(added.billingAddressIds).toHaveLength(1);

    const again = await updated({
      action: 'addBillingAddressId',
      addressKey: 'home',
    });
    expect(again.billingAddressIds).toHaveLength(1);
    expect(again.version).toBe(added.version);

    const removed = await updated({
      action: 'removeBillingAddressId',
      addressKey: 'home',
    });
    expect(removed.billingAddressIds).toEqual([]);
  });

  it('setDefaultShippingAddress without an id unsets the default only', async () => {
    await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultShippingAddress', addressKey: 'home' },
    );

    const result = await updated({ action: 'setDefaultShippingAddress' });

    expect(result).not.toHaveProperty('defaultShippingAddressId');
    expect(result.shippingAddressIds).toHaveLength(1);
  });

  it.each([
    [
      'an unknown id',
      { action: 'removeAddress', addressId: 'nope' },
      'InvalidOperation',
    ],
    [
      'an unknown key',
      { action: 'setDefaultBillingAddress', addressKey: 'nope' },
      'InvalidOperation',
    ],
    ['neither id nor key', { action: 'removeAddress' }, 'InvalidInput'],
    [
      'a duplicate key',
      { action: 'addAddress', address: home },
      'DuplicateField',
    ],
    [
      'a bad country',
      { action: 'addAddress', address: { country: 'Germany' } },
      'InvalidJsonInput',
    ],
  ])('answers 400 for %s', async (_name, action, code) => {
    await updated({ action: 'addAddress', address: home });

    const result = await update([action]);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code }] });
  });
});

describe('custom fields', () => {
  const [customerType] = CUSTOM_TYPES;

  it('setCustomType and setCustomField set, change and remove fields', async () => {
    const typed = await updated({
      action: 'setCustomType',
      type: { typeId: 'type', key: 'customer-preferences' },
      fields: { newsletter: true },
    });
    expect(typed.custom).toEqual({
      type: { typeId: 'type', id: customerType?.id },
      fields: { newsletter: true },
    });

    const field = await updated({
      action: 'setCustomField',
      name: 'nickname',
      value: 'Al',
    });
    expect(field.custom?.fields).toEqual({ newsletter: true, nickname: 'Al' });

    const removed = await updated({
      action: 'setCustomField',
      name: 'newsletter',
    });
    expect(removed.custom?.fields).toEqual({ nickname: 'Al' });

    const untyped = await updated({ action: 'setCustomType' });
    expect(untyped).not.toHaveProperty('custom');
  });

  it.each([
    [
      'an unknown type',
      [{ action: 'setCustomType', type: { key: 'nope' } }],
      'ReferencedResourceNotFound',
    ],
    [
      'a field of the wrong type',
      [
        { action: 'setCustomType', type: { key: 'customer-preferences' } },
        { action: 'setCustomField', name: 'newsletter', value: 'yes' },
      ],
      'InvalidField',
    ],
    [
      'removing a field that is not set',
      [
        { action: 'setCustomType', type: { key: 'customer-preferences' } },
        { action: 'setCustomField', name: 'nickname' },
      ],
      'InvalidOperation',
    ],
    [
      'a field without a type',
      [{ action: 'setCustomField', name: 'nickname', value: 'x' }],
      'InvalidOperation',
    ],
  ])('answers 400 for %s', async (_name, actions, code) => {
    const result = await update(actions);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code }] });
  });
});

describe('the request as a whole', () => {
  it('answers 409 with currentVersion and applies nothing for a stale version (S12)', async () => {
    const loaded = await current();
    await updated({ action: 'setFirstName', firstName: 'Tab one' });

    const stale = await update(
      [{ action: 'setLastName', lastName: 'Tab two' }],
      loaded.version,
    );

    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      message: `Object ${loaded.id} has a different version than expected. Expected: 1 - Actual: 2.`,
      errors: [
        {
          code: 'ConcurrentModification',
          message: `Object ${loaded.id} has a different version than expected. Expected: 1 - Actual: 2.`,
          currentVersion: 2,
        },
      ],
    });
    expect((await current()).lastName).toBeUndefined();
  });

  it('raises the version once per action that changed something', async () => {
    const result = await updated(
      { action: 'setFirstName', firstName: 'A' },
      { action: 'setLastName', lastName: 'B' },
      { action: 'setLastName', lastName: 'B' },
    );

    expect(result.version).toBe(3);
  });

  it('keeps the version for an empty or no-op batch', async () => {
    expect((await updated()).version).toBe(1);
    expect((await updated({ action: 'setFirstName' })).version).toBe(1);
  });

  it('saves nothing when a later action fails', async () => {
    const result = await update([
      { action: 'setFirstName', firstName: 'Never' },
      { action: 'removeAddress', addressId: 'nope' },
    ]);

    expect(result.status).toBe(400);
    const after = await current();
    expect(after.firstName).toBeUndefined();
    expect(after.version).toBe(1);
  });

  it.each([
    [
      'an admin action',
      { action: 'setKey', key: 'k' },
      "actions -> [0] -> action: Unknown action 'setKey'.",
    ],
    [
      'an unknown action',
      { action: 'fly' },
      "actions -> [0] -> action: Unknown action 'fly'.",
    ],
    [
      'no action name',
      { firstName: 'x' },
      'actions -> [0] -> action: Missing required value.',
    ],
    [
      'a missing field',
      { action: 'changeEmail' },
      'actions -> [0] -> email: Missing required value.',
    ],
    [
      'a wrong type',
      { action: 'setFirstName', firstName: 1 },
      'actions -> [0] -> firstName: JSON String expected.',
    ],
    ['a non-object', 'setFirstName', 'actions -> [0]: JSON object expected.'],
  ])('answers InvalidJsonInput for %s', async (_name, action, detail) => {
    const result = await update([action]);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      statusCode: 400,
      message: 'Request body does not contain valid JSON.',
      errors: [{ code: 'InvalidJsonInput', detailedErrorMessage: detail }],
    });
  });

  it.each([
    ['no version', { actions: [] }],
    ['no actions', { version: 1 }],
    ['a string version', { version: '1', actions: [] }],
    ['an array body', []],
  ])('answers InvalidJsonInput for %s', async (_name, body) => {
    const result = await client.api('POST', '/me', token, body);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });

  it('accepts 500 actions and rejects 501', async () => {
    const action = { action: 'setFirstName', firstName: 'x' };

    expect((await update(Array(500).fill(action))).status).toBe(200);
    const tooMany = await update(Array(501).fill(action));

    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
  });

  it('records who changed the customer', async () => {
    const result = await updated({ action: 'setFirstName', firstName: 'A' });

    expect(result.lastModifiedBy).toEqual({
      clientId: 'spa-client',
      customer: { typeId: 'customer', id: result.id },
    });
  });
});
