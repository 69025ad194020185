import { describe, expect, it } from 'vitest';
import { PASSWORD, signedInCustomer } from './signed-in-customer';
import { startEmulator } from './setup';
import { CUSTOM_TYPES } from '../core/custom-types';

const { client, emulator } = startEmulator();
const { update, updated } = signedInCustomer(client);

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
