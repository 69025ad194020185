import type { Customer } from '@commercetools/platform-sdk';

import { type Conflict, type RebaseResult, rebase } from '../profile/rebase';
import type { AddressValues } from './address-schema';
import { addressToValues } from './address-values';

export type DefaultField = 'defaultShipping' | 'defaultBilling';

const defaultIdOf: Record<DefaultField, (c: Customer) => string | undefined> = {
  defaultShipping: (c) => c.defaultShippingAddressId,
  defaultBilling: (c) => c.defaultBillingAddressId,
};

export const defaultFields = Object.keys(defaultIdOf) as DefaultField[];

/** The address that is the customer's default for `field`, if any. */
export function defaultAddressOf(customer: Customer, field: DefaultField) {
  const id = defaultIdOf[field](customer);
  return id ? customer.addresses.find((a) => a.id === id) : undefined;
}

/**
 * The defaults the user is making this address (`addressId`, or a new
 * one) while another writer made a different address the default since
 * `base`. Replaying the user's choice would silently undo theirs, so each
 * is a conflict for the user to settle: "mine" keeps this address as the
 * default, "theirs" keeps the other one.
 */
export function defaultConflicts(
  base: Customer,
  fresh: Customer,
  addressId: string | undefined,
  mine: AddressValues,
): Conflict<DefaultField>[] {
  const before = addressId ? addressToValues(base, addressId) : undefined;
  return defaultFields
    .filter((field) => {
      const asking = mine[field] && !before?.[field];
      const was = defaultIdOf[field](base);
      const now = defaultIdOf[field](fresh);
      return asking && now !== undefined && now !== was && now !== addressId;
    })
    .map((field) => ({ field, mine: true, theirs: false }));
}

/**
 * Replays the user's edit of one address onto the fresh customer. Returns
 * undefined when another writer removed the address meanwhile.
 */
export function rebaseAddress(
  base: Customer,
  fresh: Customer,
  addressId: string,
  mine: AddressValues,
): RebaseResult<AddressValues> | undefined {
  const now = addressToValues(fresh, addressId);
  if (!now) return undefined;
  const result = rebase(addressToValues(base, addressId) ?? now, now, mine);
  return {
    ...result,
    conflicts: [
      ...result.conflicts,
      ...defaultConflicts(base, fresh, addressId, mine),
    ],
  };
}

/**
 * Replays adding an address: nothing of a new address can clash, except
 * a default another writer set meanwhile.
 */
export function rebaseNewAddress(
  base: Customer,
  fresh: Customer,
  mine: AddressValues,
): RebaseResult<AddressValues> {
  return {
    values: mine,
    conflicts: defaultConflicts(base, fresh, undefined, mine),
  };
}
