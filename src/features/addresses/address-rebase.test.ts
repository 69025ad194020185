import { describe, expect, it } from 'vitest';

import {
  homeAddress,
  makeCustomer,
  officeAddress,
} from '../profile/customer-fixture';
import {
  defaultConflicts,
  rebaseAddress,
  rebaseNewAddress,
} from './address-rebase';
import { editAddressActions } from './address-to-actions';
import { addressToValues, emptyAddressValues } from './address-values';

const { id: _id, ...homeWithoutId } = homeAddress;
const base = makeCustomer({ version: 3, addresses: [homeAddress] });
const baseValues = addressToValues(base, 'addr-home');
if (!baseValues) throw new Error('fixture has no home address');

describe('rebaseAddress', () => {
  it("keeps the other writer's change and re-sends the user's", () => {
    const fresh = makeCustomer({
      version: 5,
      addresses: [{ ...homeAddress, company: 'Other GmbH', city: 'Potsdam' }],
      billingAddressIds: ['addr-home'],
    });
    const mine = { ...baseValues, streetNumber: '2' };

    const result = rebaseAddress(base, fresh, 'addr-home', mine);

    expect(result?.conflicts).toEqual([]);
    expect(
      result && editAddressActions(fresh, 'addr-home', result.values),
    ).toStrictEqual([
      {
        action: 'changeAddress',
        addressId: 'addr-home',
        address: {
          ...homeWithoutId,
          company: 'Other GmbH',
          city: 'Potsdam',
          streetNumber: '2',
        },
      },
    ]);
  });

  it('reports the same field changed differently', () => {
    const fresh = makeCustomer({
      addresses: [{ ...homeAddress, city: 'Potsdam' }],
    });
    const mine = { ...baseValues, city: 'Hamburg', postalCode: '20095' };

    expect(rebaseAddress(base, fresh, 'addr-home', mine)?.conflicts).toEqual([
      { field: 'city', mine: 'Hamburg', theirs: 'Potsdam' },
    ]);
  });

  it('tells when the address was removed elsewhere', () => {
    const fresh = makeCustomer({ addresses: [] });

    expect(rebaseAddress(base, fresh, 'addr-home', baseValues)).toBeUndefined();
  });
});

describe('defaults changed elsewhere', () => {
  const both = [homeAddress, officeAddress];
  const before = makeCustomer({ version: 3, addresses: both });
  const newOne = { ...emptyAddressValues('DE'), defaultShipping: true };

  it('is a conflict when a new address was to become the default', () => {
    const fresh = makeCustomer({
      addresses: both,
      defaultShippingAddressId: 'addr-office',
    });

    expect(rebaseNewAddress(before, fresh, newOne)).toEqual({
      values: newOne,
      conflicts: [{ field: 'defaultShipping', mine: true, theirs: false }],
    });
  });

  it('is a conflict when an edited address was to become the default', () => {
    const fresh = makeCustomer({
      addresses: both,
      defaultBillingAddressId: 'addr-office',
      billingAddressIds: ['addr-office'],
    });
    const home = addressToValues(before, 'addr-home');
    if (!home) throw new Error('fixture has no home address');
    const mine = { ...home, billing: true, defaultBilling: true };

    expect(rebaseAddress(before, fresh, 'addr-home', mine)).toEqual({
      values: mine,
      conflicts: [{ field: 'defaultBilling', mine: true, theirs: false }],
    });
  });

  it('is no conflict when the default did not change meanwhile', () => {
    const withDefault = makeCustomer({
      addresses: both,
      defaultShippingAddressId: 'addr-office',
    });
    const fresh = { ...withDefault, version: 9, lastName: 'Other' };

    expect(defaultConflicts(withDefault, fresh, undefined, newOne)).toEqual([]);
  });

  it('is no conflict when the user is not making it a default', () => {
    const fresh = makeCustomer({
      addresses: both,
      defaultShippingAddressId: 'addr-office',
    });
    const plain = { ...newOne, defaultShipping: false };

    expect(defaultConflicts(before, fresh, undefined, plain)).toEqual([]);
  });

  it('is no conflict when the other writer made the same choice', () => {
    const fresh = makeCustomer({
      addresses: both,
      defaultShippingAddressId: 'addr-home',
    });
    const home = addressToValues(before, 'addr-home');
    if (!home) throw new Error('fixture has no home address');
    const mine = { ...home, defaultShipping: true };

    expect(rebaseAddress(before, fresh, 'addr-home', mine)?.conflicts).toEqual(
      [],
    );
  });

  it('is no conflict when the other writer only cleared the default', () => {
    const withDefault = makeCustomer({
      addresses: both,
      defaultShippingAddressId: 'addr-office',
    });
    const fresh = makeCustomer({ addresses: both });

    expect(defaultConflicts(withDefault, fresh, undefined, newOne)).toEqual([]);
  });
});
