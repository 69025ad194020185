import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';
import { addressSchema, addressSchemaFor } from './address-schema';
import { emptyAddressValues } from './address-values';

const valid = {
  ...emptyAddressValues('DE'),
  streetName: 'Hauptstr.',
  streetNumber: '1',
  postalCode: '10115',
  city: 'Berlin',
};

function errorsFor(values: Partial<typeof valid>) {
  const result = addressSchema.safeParse({ ...valid, ...values });
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [
          String(i.path[0]),
          inEnglish(i.message),
        ]),
      );
}

describe('addressSchema', () => {
  it('accepts a complete address', () => {
    expect(errorsFor({})).toEqual({});
  });

  it('names each missing required field', () => {
    expect(
      errorsFor({
        streetName: ' ',
        streetNumber: '',
        postalCode: '',
        city: '',
      }),
    ).toEqual({
      streetName: 'Enter the street.',
      streetNumber: 'Enter the house number.',
      postalCode: 'Enter the postal code.',
      city: 'Enter the city.',
    });
  });

  it('checks the postal code against the chosen country', () => {
    expect(errorsFor({ postalCode: '1010' })).toEqual({
      postalCode: 'This is not a postal code for Germany, e.g. 10115.',
    });
    expect(errorsFor({ country: 'AT', postalCode: '1010' })).toEqual({});
    expect(errorsFor({ country: 'GB', postalCode: '10115' })).toEqual({
      postalCode:
        'This is not a postal code for United Kingdom, e.g. SW1A 1AA.',
    });
  });

  it('needs a country code', () => {
    expect(errorsFor({ country: '' })).toHaveProperty(
      'country',
      'Choose a country.',
    );
  });

  it('rejects letters in the phone number', () => {
    expect(errorsFor({ phone: '+49 30 1234' })).toEqual({});
    expect(errorsFor({ phone: 'call me' })).toEqual({
      phone: 'Enter a phone number with digits only.',
    });
  });

  it('takes names as long as sign-up and the profile do', () => {
    expect(errorsFor({ firstName: 'x'.repeat(256) })).toEqual({});
    expect(errorsFor({ lastName: 'x'.repeat(257) })).toEqual({
      lastName: 'Last name can have at most 256 characters.',
    });
  });
});

describe('addressSchemaFor a stored address', () => {
  const stored = {
    ...valid,
    country: 'GB',
    streetName: 'Q'.repeat(150),
    postalCode: 'not a postcode',
    phone: '+44 20 7946 0000 ext. 12',
  };

  function errorsEditing(values: Partial<typeof valid>) {
    const result = addressSchemaFor(stored).safeParse({ ...stored, ...values });
    return result.success
      ? {}
      : Object.fromEntries(
          result.error.issues.map((i) => [
            String(i.path[0]),
            inEnglish(i.message),
          ]),
        );
  }

  it('lets what the server holds pass, so a flag can be changed', () => {
    expect(errorsEditing({ defaultBilling: true, billing: true })).toEqual({});
  });

  it('checks a field again once the user changes it', () => {
    expect(errorsEditing({ phone: 'call me' })).toEqual({
      phone: 'Enter a phone number with digits only.',
    });
    expect(errorsEditing({ postalCode: '10115' })).toEqual({
      postalCode:
        'This is not a postal code for United Kingdom, e.g. SW1A 1AA.',
    });
  });

  it('checks the stored postal code when the country changes', () => {
    expect(errorsEditing({ country: 'DE' })).toHaveProperty('postalCode');
  });
});
