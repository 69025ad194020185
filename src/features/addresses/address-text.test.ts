import type { Address } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { homeAddress, officeAddress } from '../profile/customer-fixture';
import { addressLines, addressName, addressOneLine } from './address-text';

const london: Address = {
  id: 'gb',
  country: 'GB',
  streetName: 'Example Road',
  streetNumber: '10',
  postalCode: 'sw1a 1aa',
  city: 'London',
};

const springfield: Address = {
  id: 'us',
  country: 'US',
  streetName: 'Sample Avenue',
  streetNumber: '742',
  postalCode: '62701',
  city: 'Springfield',
  state: 'IL',
};

describe('address text', () => {
  it('names an address by street and house number', () => {
    expect(addressName(homeAddress)).toBe('Hauptstr. 1');
    expect(addressName(london)).toBe('10 Example Road');
    expect(addressName({ id: 'x', country: 'FR', city: 'Paris' })).toBe(
      'Paris',
    );
    expect(addressName({ id: 'x', country: 'FR' })).toBe('France');
  });

  it('lists the lines of a postal label with the country by name', () => {
    expect(addressLines(officeAddress)).toEqual([
      'Ringstr. 5',
      '1010 Wien',
      'Austria',
    ]);
    expect(addressLines(homeAddress)).toEqual([
      'Alex Demo',
      'Example GmbH',
      'Hauptstr. 1',
      '10115 Berlin',
      'Germany',
    ]);
  });

  it('puts a UK postcode, upper-cased, on its own line under the town', () => {
    expect(addressLines(london)).toEqual([
      '10 Example Road',
      'London',
      'SW1A 1AA',
      'United Kingdom',
    ]);
  });

  it('writes a US place as "City, STATE ZIP"', () => {
    expect(addressLines(springfield)).toEqual([
      '742 Sample Avenue',
      'Springfield, IL 62701',
      'United States',
    ]);
    expect(addressLines({ ...springfield, state: undefined })).toContain(
      'Springfield, 62701',
    );
  });

  it('keeps "postcode city" for continental Europe, tidied', () => {
    expect(
      addressLines({
        id: 'nl',
        country: 'NL',
        streetName: 'Voorbeeldstraat',
        streetNumber: '3',
        postalCode: '1012ab',
        city: 'Amsterdam',
      }),
    ).toContain('1012 AB Amsterdam');
    expect(
      addressLines({
        id: 'fr',
        country: 'FR',
        postalCode: '75001',
        city: 'Paris',
      }),
    ).toContain('75001 Paris');
  });

  it('writes the whole address on one line for the overview', () => {
    expect(addressOneLine(london)).toBe(
      '10 Example Road, London, SW1A 1AA, United Kingdom',
    );
    expect(addressOneLine(homeAddress)).toBe(
      'Hauptstr. 1, 10115 Berlin, Germany',
    );
  });
});
