import type { Address, Customer } from '@commercetools/platform-sdk';

/** A made-up customer for unit tests; override what a test cares about. */
export function makeCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    version: 7,
    createdAt: '2026-01-10T09:00:00.000Z',
    lastModifiedAt: '2026-01-10T09:05:12.120Z',
    email: 'alex.demo@example.com',
    firstName: 'Alex',
    lastName: 'Demo',
    addresses: [],
    shippingAddressIds: [],
    billingAddressIds: [],
    isEmailVerified: true,
    customerGroupAssignments: [],
    stores: [],
    authenticationMode: 'Password',
    ...overrides,
  };
}

export const homeAddress: Address = {
  id: 'addr-home',
  key: 'home',
  country: 'DE',
  streetName: 'Hauptstr.',
  streetNumber: '1',
  postalCode: '10115',
  city: 'Berlin',
  firstName: 'Alex',
  lastName: 'Demo',
  company: 'Example GmbH',
  additionalAddressInfo: 'Back door',
};

export const officeAddress: Address = {
  id: 'addr-office',
  country: 'AT',
  streetName: 'Ringstr.',
  streetNumber: '5',
  postalCode: '1010',
  city: 'Wien',
};
