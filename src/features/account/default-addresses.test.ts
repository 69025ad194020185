import type { Address, Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { addressLine, defaultAddresses } from './default-addresses';

const home: Address = {
  id: 'a1',
  country: 'DE',
  streetName: 'Sample Street',
  streetNumber: '12',
  postalCode: '10115',
  city: 'Berlin',
};
const office: Address = { id: 'a2', country: 'FR', city: 'Paris' };

function customerWith(extra: Partial<Customer>): Customer {
  return {
    id: 'c1',
    version: 3,
    email: 'sam.sample@example.com',
    addresses: [home, office],
    shippingAddressIds: [],
    billingAddressIds: [],
    isEmailVerified: false,
    stores: [],
    customerGroupAssignments: [],
    authenticationMode: 'Password',
    createdAt: '2026-01-01T00:00:00.000Z',
    lastModifiedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('defaultAddresses', () => {
  it('finds the default shipping and billing addresses by id', () => {
    const customer = customerWith({
      defaultShippingAddressId: 'a1',
      defaultBillingAddressId: 'a2',
    });

    expect(defaultAddresses(customer)).toEqual({
      shipping: home,
      billing: office,
    });
  });

  it('has none when no default is set or the id is unknown', () => {
    const customer = customerWith({ defaultBillingAddressId: 'gone' });

    expect(defaultAddresses(customer)).toEqual({
      shipping: undefined,
      billing: undefined,
    });
  });
});

describe('addressLine', () => {
  it('joins the parts that are present', () => {
    expect(addressLine(home)).toBe('Sample Street 12, 10115 Berlin, Germany');
    expect(addressLine(office)).toBe('Paris, France');
  });

  it('names the country in the UI language', () => {
    expect(addressLine(home, 'de')).toBe(
      'Sample Street 12, 10115 Berlin, Deutschland',
    );
  });

  it("follows the country's order and prints the postcode as posted", () => {
    const london: Address = {
      id: 'a3',
      country: 'GB',
      streetName: 'Example Road',
      streetNumber: '10',
      postalCode: 'sw1a 1aa',
      city: 'London',
    };

    expect(addressLine(london)).toBe(
      '10 Example Road, London, SW1A 1AA, United Kingdom',
    );
  });
});
