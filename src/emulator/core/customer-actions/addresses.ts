import type { Address, Customer } from '@commercetools/platform-sdk';
import { addressId } from '../ids';
import { reqObject, at } from '../validation/read';
import { checkAddressKeys } from '../validation/values';
import {
  findAddress,
  readAddressDraft,
  readAddressRef,
} from './address-lookup';
import { withField, type ActionHandler } from './types';

/** Stored addresses carry resolved custom fields (`{typeId, id}`). */
const toAddress = (draft: object, id: string) =>
  ({ ...draft, id }) as unknown as Address;

export const addAddress: ActionHandler<'addAddress'> = {
  parse: (raw, path) => ({
    action: 'addAddress',
    address: readAddressDraft(
      reqObject(raw, 'address', path),
      at(path, 'address'),
    ),
  }),
  apply: (customer, action) => {
    const address = toAddress(action.address, addressId());
    const addresses = [...customer.addresses, address];
    checkAddressKeys(addresses);
    return { ...customer, addresses };
  },
};

/** Replaces the whole address; id, list memberships and defaults stay. */
export const changeAddress: ActionHandler<'changeAddress'> = {
  parse: (raw, path) => ({
    action: 'changeAddress',
    ...readAddressRef(raw, path),
    address: readAddressDraft(
      reqObject(raw, 'address', path),
      at(path, 'address'),
    ),
  }),
  apply: (customer, action) => {
    const old = findAddress(customer, action);
    const next = toAddress(action.address, old.id as string);
    const addresses = customer.addresses.map((a) => (a === old ? next : a));
    checkAddressKeys(addresses);
    return { ...customer, addresses };
  },
};

/** Also drops the id from both lists and unsets defaults pointing at it. */
export const removeAddress: ActionHandler<'removeAddress'> = {
  parse: (raw, path) => ({
    action: 'removeAddress',
    ...readAddressRef(raw, path),
  }),
  apply: (customer, action) => {
    const id = findAddress(customer, action).id;
    let next: Customer = {
      ...customer,
      addresses: customer.addresses.filter((a) => a.id !== id),
      shippingAddressIds: customer.shippingAddressIds.filter((x) => x !== id),
      billingAddressIds: customer.billingAddressIds.filter((x) => x !== id),
    };
    if (next.defaultShippingAddressId === id) {
      next = withField(next, 'defaultShippingAddressId', undefined);
    }
    if (next.defaultBillingAddressId === id) {
      next = withField(next, 'defaultBillingAddressId', undefined);
    }
    return next;
  },
};
