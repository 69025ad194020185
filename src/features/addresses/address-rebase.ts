import type { Customer } from '@commercetools/platform-sdk';

import { type RebaseResult, rebase } from '../profile/rebase';
import type { AddressValues } from './address-schema';
import { addressToValues } from './address-values';

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
  return rebase(addressToValues(base, addressId) ?? now, now, mine);
}
