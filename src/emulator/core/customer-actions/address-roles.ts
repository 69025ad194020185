import type { Customer } from '@commercetools/platform-sdk';
import { findAddress, hasRef, readAddressRef } from './address-lookup';
import {
  withField,
  type ActionHandler,
  type ActionName,
  type ActionOf,
} from './types';

type Role = 'shipping' | 'billing';

const LIST = {
  shipping: 'shippingAddressIds',
  billing: 'billingAddressIds',
} as const;

const DEFAULT = {
  shipping: 'defaultShippingAddressId',
  billing: 'defaultBillingAddressId',
} as const;

function addToList(customer: Customer, role: Role, id: string): Customer {
  const list = customer[LIST[role]];
  if (list.includes(id)) return customer;
  return { ...customer, [LIST[role]]: [...list, id] };
}

function refAction<N extends ActionName>(name: N) {
  return (raw: Parameters<ActionHandler<N>['parse']>[0], path: string) =>
    ({ action: name, ...readAddressRef(raw, path) }) as ActionOf<N>;
}

/**
 * Sets the default and puts the address in that list. Without an id or
 * key it unsets the default and leaves the list alone.
 */
function setDefault<N extends ActionName>(name: N, role: Role) {
  const handler: ActionHandler<N> = {
    parse: refAction(name),
    apply: (customer, action) => {
      const ref = action as { addressId?: string; addressKey?: string };
      if (!hasRef(ref)) return withField(customer, DEFAULT[role], undefined);
      const id = findAddress(customer, ref).id as string;
      return withField(addToList(customer, role, id), DEFAULT[role], id);
    },
  };
  return handler;
}

function addId<N extends ActionName>(name: N, role: Role) {
  const handler: ActionHandler<N> = {
    parse: refAction(name),
    apply: (customer, action) => {
      const ref = action as { addressId?: string; addressKey?: string };
      return addToList(customer, role, findAddress(customer, ref).id ?? '');
    },
  };
  return handler;
}

/** Removes the id from the list; a default pointing at it is unset. */
function removeId<N extends ActionName>(name: N, role: Role) {
  const handler: ActionHandler<N> = {
    parse: refAction(name),
    apply: (customer, action) => {
      const ref = action as { addressId?: string; addressKey?: string };
      const id = findAddress(customer, ref).id;
      const list = customer[LIST[role]].filter((x) => x !== id);
      const next = { ...customer, [LIST[role]]: list };
      return next[DEFAULT[role]] === id
        ? withField(next, DEFAULT[role], undefined)
        : next;
    },
  };
  return handler;
}

export const setDefaultShippingAddress = setDefault(
  'setDefaultShippingAddress',
  'shipping',
);
export const setDefaultBillingAddress = setDefault(
  'setDefaultBillingAddress',
  'billing',
);
export const addShippingAddressId = addId('addShippingAddressId', 'shipping');
export const addBillingAddressId = addId('addBillingAddressId', 'billing');
export const removeShippingAddressId = removeId(
  'removeShippingAddressId',
  'shipping',
);
export const removeBillingAddressId = removeId(
  'removeBillingAddressId',
  'billing',
);
