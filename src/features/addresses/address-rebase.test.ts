import { describe, expect, it } from 'vitest';

import { homeAddress, makeCustomer } from '../profile/customer-fixture';
import { rebaseAddress } from './address-rebase';
import { editAddressActions } from './address-to-actions';
import { addressToValues } from './address-values';

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
