import { describe, expect, it } from 'vitest';

import {
  homeAddress,
  makeCustomer,
  officeAddress,
} from '../profile/customer-fixture';
import {
  addAddressActions,
  editAddressActions,
  removeAddressActions,
} from './address-to-actions';
import { addressToValues, emptyAddressValues } from './address-values';

const newAddress = {
  ...emptyAddressValues('DE'),
  streetName: ' Hauptstr. ',
  streetNumber: '1',
  postalCode: '10115',
  city: 'Berlin',
  shipping: false,
  billing: false,
};

const customer = makeCustomer({
  addresses: [homeAddress, officeAddress],
  shippingAddressIds: ['addr-home'],
  defaultShippingAddressId: 'addr-home',
  billingAddressIds: ['addr-home', 'addr-office'],
});

function valuesOf(id: string) {
  const values = addressToValues(customer, id);
  if (!values) throw new Error('fixture has no ' + id);
  return values;
}

describe('addAddressActions', () => {
  it('adds the trimmed address with its key and no empty fields', () => {
    expect(addAddressActions(newAddress, 'k1')).toStrictEqual([
      {
        action: 'addAddress',
        address: {
          key: 'k1',
          country: 'DE',
          streetName: 'Hauptstr.',
          streetNumber: '1',
          postalCode: '10115',
          city: 'Berlin',
        },
      },
    ]);
  });

  it('saves the postal code in its written form', () => {
    const values = {
      ...newAddress,
      country: 'GB',
      postalCode: ' sw1a1aa ',
      city: 'London',
    };

    expect(addAddressActions(values, 'k1')[0]).toMatchObject({
      address: { country: 'GB', postalCode: 'SW1A 1AA', city: 'London' },
    });
  });

  it('puts the new address on its lists by key, after adding it', () => {
    const values = { ...newAddress, shipping: true, billing: true };

    expect(
      addAddressActions(values, 'k1').map(({ action, ...rest }) =>
        'address' in rest ? action : { action, ...rest },
      ),
    ).toStrictEqual([
      'addAddress',
      { action: 'addShippingAddressId', addressKey: 'k1' },
      { action: 'addBillingAddressId', addressKey: 'k1' },
    ]);
  });

  it('makes it a default with one action that also lists it (S13)', () => {
    const values = { ...newAddress, defaultShipping: true, billing: true };

    expect(addAddressActions(values, 'home').slice(1)).toStrictEqual([
      { action: 'setDefaultShippingAddress', addressKey: 'home' },
      { action: 'addBillingAddressId', addressKey: 'home' },
    ]);
  });
});

describe('editAddressActions', () => {
  it('sends nothing when nothing changed', () => {
    expect(
      editAddressActions(customer, 'addr-home', valuesOf('addr-home')),
    ).toEqual([]);
  });

  it('sends the complete address when one field changed (S14)', () => {
    const values = { ...valuesOf('addr-home'), city: 'Potsdam' };

    expect(editAddressActions(customer, 'addr-home', values)).toStrictEqual([
      {
        action: 'changeAddress',
        addressId: 'addr-home',
        address: {
          key: 'home',
          country: 'DE',
          streetName: 'Hauptstr.',
          streetNumber: '1',
          postalCode: '10115',
          city: 'Potsdam',
          firstName: 'Alex',
          lastName: 'Demo',
          company: 'Example GmbH',
          additionalAddressInfo: 'Back door',
        },
      },
    ]);
  });

  it('drops a cleared field from the address instead of sending ""', () => {
    const values = { ...valuesOf('addr-home'), firstName: ' ' };
    const [change] = editAddressActions(customer, 'addr-home', values);

    expect(change).toMatchObject({ action: 'changeAddress' });
    expect(change && 'address' in change && change.address).not.toHaveProperty(
      'firstName',
    );
  });

  it('carries custom fields over as a draft', () => {
    const withCustom = makeCustomer({
      addresses: [
        {
          ...officeAddress,
          custom: {
            type: { typeId: 'type', id: 'type-1' },
            fields: { floor: 3 },
          },
        },
      ],
    });
    const values = addressToValues(withCustom, 'addr-office');
    if (!values) throw new Error('no address');

    const actions = editAddressActions(withCustom, 'addr-office', {
      ...values,
      city: 'Graz',
      postalCode: '8010',
    });

    expect(actions).toMatchObject([
      {
        address: {
          custom: {
            type: { typeId: 'type', id: 'type-1' },
            fields: { floor: 3 },
          },
        },
      },
    ]);
  });

  it('sends only the list actions when only the lists changed', () => {
    const values = {
      ...valuesOf('addr-office'),
      shipping: true,
      billing: false,
    };

    expect(editAddressActions(customer, 'addr-office', values)).toStrictEqual([
      { action: 'addShippingAddressId', addressId: 'addr-office' },
      { action: 'removeBillingAddressId', addressId: 'addr-office' },
    ]);
  });

  it('sets a default with one action', () => {
    const values = { ...valuesOf('addr-office'), defaultBilling: true };

    expect(editAddressActions(customer, 'addr-office', values)).toStrictEqual([
      { action: 'setDefaultBillingAddress', addressId: 'addr-office' },
    ]);
  });

  it('unsets a default but keeps the list by removing, then re-adding', () => {
    const values = { ...valuesOf('addr-home'), defaultShipping: false };

    expect(editAddressActions(customer, 'addr-home', values)).toStrictEqual([
      { action: 'removeShippingAddressId', addressId: 'addr-home' },
      { action: 'addShippingAddressId', addressId: 'addr-home' },
    ]);
  });

  it('takes a default off its list with one action (S13)', () => {
    const values = {
      ...valuesOf('addr-home'),
      shipping: false,
      defaultShipping: false,
    };

    expect(editAddressActions(customer, 'addr-home', values)).toStrictEqual([
      { action: 'removeShippingAddressId', addressId: 'addr-home' },
    ]);
  });

  it('changes the address before it touches lists', () => {
    const values = {
      ...valuesOf('addr-office'),
      streetNumber: '7',
      defaultShipping: true,
    };

    expect(
      editAddressActions(customer, 'addr-office', values).map((a) => a.action),
    ).toEqual(['changeAddress', 'setDefaultShippingAddress']);
  });

  it('refuses an address the customer does not have', () => {
    expect(() =>
      editAddressActions(customer, 'gone', emptyAddressValues()),
    ).toThrow();
  });
});

describe('removeAddressActions', () => {
  it('removes the address by id', () => {
    expect(removeAddressActions(customer, 'addr-home')).toStrictEqual([
      { action: 'removeAddress', addressId: 'addr-home' },
    ]);
  });

  it('sends nothing when the address is already gone', () => {
    expect(removeAddressActions(customer, 'gone')).toEqual([]);
  });
});
