import type { MyCustomerUpdateAction } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/api-error';
import {
  homeAddress,
  makeCustomer,
  officeAddress,
} from '../profile/customer-fixture';
import { saveWithRebase } from '../profile/save-with-rebase';
import { addPlan, editPlan, newAddressKey, removePlan } from './address-plans';
import { addressToValues, emptyAddressValues } from './address-values';

const base = makeCustomer({ version: 2, addresses: [homeAddress] });

function conflict() {
  return new ApiError(409, {
    statusCode: 409,
    message: 'conflict',
    errors: [{ code: 'ConcurrentModification', message: 'conflict' }],
  });
}

/** Answers 409 to the first send and succeeds after that. */
function conflictOnce(fresh: ReturnType<typeof makeCustomer>) {
  const sent: { version: number; actions: MyCustomerUpdateAction[] }[] = [];
  return {
    sent,
    io: {
      send: async (version: number, actions: MyCustomerUpdateAction[]) => {
        sent.push({ version, actions });
        if (sent.length === 1) throw conflict();
        return makeCustomer({ version: version + 1 });
      },
      fetchFresh: async () => fresh,
    },
  };
}

describe('address save plans after a version conflict', () => {
  it('re-sends the same add, key included, on the fresh version', async () => {
    const fresh = makeCustomer({ version: 4, addresses: [homeAddress] });
    const { io, sent } = conflictOnce(fresh);
    const values = {
      ...emptyAddressValues('AT'),
      streetName: 'Ringstr.',
      streetNumber: '5',
      postalCode: '1010',
      city: 'Wien',
    };

    await saveWithRebase(addPlan('k1'), io, base, values);

    expect(sent.map((s) => s.version)).toEqual([2, 4]);
    expect(sent[1]?.actions).toEqual(sent[0]?.actions);
  });

  it('hands a default set elsewhere back to the user instead of overriding it', async () => {
    const fresh = makeCustomer({
      version: 4,
      addresses: [homeAddress, officeAddress],
      defaultShippingAddressId: 'addr-office',
      shippingAddressIds: ['addr-office'],
    });
    const { io, sent } = conflictOnce(fresh);
    const values = {
      ...emptyAddressValues('AT'),
      streetName: 'Ringstr.',
      streetNumber: '7',
      postalCode: '1010',
      city: 'Wien',
      defaultShipping: true,
    };

    const outcome = await saveWithRebase(addPlan('k1'), io, base, values);

    expect(outcome).toEqual({
      kind: 'review',
      fresh,
      values,
      conflicts: [{ field: 'defaultShipping', mine: true, theirs: false }],
    });
    expect(sent).toHaveLength(1);
  });

  it('keeps the other default when the user chooses it', async () => {
    const fresh = makeCustomer({
      version: 4,
      addresses: [homeAddress, officeAddress],
      defaultShippingAddressId: 'addr-office',
    });
    const saved = makeCustomer({ version: 6 });
    const sent: MyCustomerUpdateAction[][] = [];
    const io = {
      send: async (_version: number, actions: MyCustomerUpdateAction[]) => {
        sent.push(actions);
        return saved;
      },
      fetchFresh: async () => fresh,
    };
    const values = {
      ...emptyAddressValues('AT'),
      streetName: 'Ringstr.',
      streetNumber: '7',
      postalCode: '1010',
      city: 'Wien',
      defaultShipping: false,
    };

    await saveWithRebase(addPlan('k1'), io, fresh, values);

    expect(sent[0]?.map((a) => a.action)).toEqual([
      'addAddress',
      'addShippingAddressId',
      'addBillingAddressId',
    ]);
  });

  it('reports an edited address that was removed elsewhere', async () => {
    const fresh = makeCustomer({ version: 3, addresses: [officeAddress] });
    const { io } = conflictOnce(fresh);
    const values = addressToValues(base, 'addr-home');
    if (!values) throw new Error('fixture');

    const outcome = await saveWithRebase(editPlan('addr-home'), io, base, {
      ...values,
      city: 'Potsdam',
      postalCode: '14467',
    });

    expect(outcome).toEqual({ kind: 'gone', fresh });
  });

  it('counts a removal as done when the address is gone already', async () => {
    const fresh = makeCustomer({ version: 3, addresses: [] });
    const { io, sent } = conflictOnce(fresh);

    const outcome = await saveWithRebase(
      removePlan('addr-home'),
      io,
      base,
      null,
    );

    expect(outcome).toEqual({ kind: 'saved', customer: fresh });
    expect(sent).toHaveLength(1);
  });
});

describe('newAddressKey', () => {
  it('makes distinct keys the API accepts', () => {
    const keys = new Set(Array.from({ length: 50 }, newAddressKey));

    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{2,256}$/);
  });
});
