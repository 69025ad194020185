import type {
  Address,
  AddressDraft,
  Customer,
} from '@commercetools/platform-sdk';
import { readCustomFields } from '../custom-types';
import { errors } from '../errors';
import { readAddress } from '../validation/address';
import { at, optObject, optString, type JsonObject } from '../validation/read';

export interface AddressRef {
  addressId?: string;
  addressKey?: string;
}

export function readAddressRef(raw: JsonObject, path: string): AddressRef {
  const ref: AddressRef = {};
  const addressId = optString(raw, 'addressId', path);
  const addressKey = optString(raw, 'addressKey', path);
  if (addressId !== undefined) ref.addressId = addressId;
  if (addressKey !== undefined) ref.addressKey = addressKey;
  return ref;
}

/** An address draft with any custom fields checked against their Type. */
export function readAddressDraft(raw: JsonObject, path: string): AddressDraft {
  const address = readAddress(raw, path);
  const custom = optObject(raw, 'custom', path);
  if (!custom) return address;
  const fields = readCustomFields(custom, at(path, 'custom'), 'address');
  return { ...address, custom: fields };
}

export function hasRef(ref: AddressRef): boolean {
  return ref.addressId !== undefined || ref.addressKey !== undefined;
}

/**
 * The address an action points at, by id or by key (a key may name an
 * address added earlier in the same request). Both given must agree.
 */
export function findAddress(customer: Customer, ref: AddressRef): Address {
  if (!hasRef(ref)) {
    throw errors.invalidInput('Either addressId or addressKey is required.');
  }
  const byId =
    ref.addressId === undefined
      ? undefined
      : customer.addresses.find((a) => a.id === ref.addressId);
  const byKey =
    ref.addressKey === undefined
      ? undefined
      : customer.addresses.find((a) => a.key === ref.addressKey);
  if (ref.addressId !== undefined && !byId) {
    throw errors.invalidOperation(
      `The customer does not contain an address with the id '${ref.addressId}'.`,
    );
  }
  if (ref.addressKey !== undefined && !byKey) {
    throw errors.invalidOperation(
      `The customer does not contain an address with the key '${ref.addressKey}'.`,
    );
  }
  if (byId && byKey && byId !== byKey) {
    throw errors.invalidInput(
      'addressId and addressKey refer to different addresses.',
    );
  }
  return (byId ?? byKey) as Address;
}
