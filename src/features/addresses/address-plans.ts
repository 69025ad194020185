import type { SavePlan } from '../profile/save-with-rebase';
import { rebaseAddress, rebaseNewAddress } from './address-rebase';
import type { AddressValues } from './address-schema';
import {
  addAddressActions,
  editAddressActions,
  removeAddressActions,
} from './address-to-actions';
import { findAddress } from './address-values';

/** Editing one address (its fields, lists and defaults). */
export function editPlan(addressId: string): SavePlan<AddressValues> {
  return {
    toActions: (customer, values) =>
      findAddress(customer, addressId)
        ? editAddressActions(customer, addressId, values)
        : [],
    rebase: (base, fresh, values) =>
      rebaseAddress(base, fresh, addressId, values),
  };
}

/**
 * Adding an address. After a version conflict the same actions go out on
 * the fresh version, unless another writer set a default this address
 * was to take: then the user chooses first.
 */
export function addPlan(key: string): SavePlan<AddressValues> {
  return {
    toActions: (_customer, values) => addAddressActions(values, key),
    rebase: rebaseNewAddress,
  };
}

/** Removing an address; already gone counts as done. */
export function removePlan(addressId: string): SavePlan<null> {
  return {
    toActions: (customer) => removeAddressActions(customer, addressId),
    rebase: () => ({ values: null, conflicts: [] }),
  };
}

/** A key for a new address, so later actions in its request can find it. */
export function newAddressKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `addr-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
