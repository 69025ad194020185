import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';

import type { AddressValues } from './address-schema';
import {
  type AddressRoles,
  addressRoles,
  addressTextFields,
  findAddress,
  valuesToAddress,
} from './address-values';

type AddressRef = { addressId: string } | { addressKey: string };

interface RoleState {
  onList: boolean;
  isDefault: boolean;
}

const roleActionNames = {
  shipping: {
    setDefault: 'setDefaultShippingAddress',
    add: 'addShippingAddressId',
    remove: 'removeShippingAddressId',
  },
  billing: {
    setDefault: 'setDefaultBillingAddress',
    add: 'addBillingAddressId',
    remove: 'removeBillingAddressId',
  },
} as const;

/**
 * The list and default actions that move an address from `before` to
 * `after` for one role. Setting a default also puts the address on the
 * list, and taking it off the list also unsets the default, so one action
 * covers each of those. The API has no documented way to unset a default
 * alone, so that is "take off the list, put back on" (order matters).
 */
function roleActions(
  role: keyof typeof roleActionNames,
  ref: AddressRef,
  before: RoleState,
  after: RoleState,
): MyCustomerUpdateAction[] {
  const names = roleActionNames[role];
  const onList = after.onList || after.isDefault;
  if (after.isDefault && !before.isDefault) {
    return [{ action: names.setDefault, ...ref }];
  }
  if (!onList && before.onList) return [{ action: names.remove, ...ref }];
  if (before.isDefault && !after.isDefault) {
    return [
      { action: names.remove, ...ref },
      { action: names.add, ...ref },
    ];
  }
  if (onList && !before.onList) return [{ action: names.add, ...ref }];
  return [];
}

function allRoleActions(
  ref: AddressRef,
  before: AddressRoles,
  after: AddressRoles,
): MyCustomerUpdateAction[] {
  return [
    ...roleActions(
      'shipping',
      ref,
      { onList: before.shipping, isDefault: before.defaultShipping },
      { onList: after.shipping, isDefault: after.defaultShipping },
    ),
    ...roleActions(
      'billing',
      ref,
      { onList: before.billing, isDefault: before.defaultBilling },
      { onList: after.billing, isDefault: after.defaultBilling },
    ),
  ];
}

const unused: AddressRoles = {
  shipping: false,
  billing: false,
  defaultShipping: false,
  defaultBilling: false,
};

/**
 * Adds an address and puts it on its lists in the same request: the new
 * address has no id yet, so the later actions find it by the client-made
 * `key`.
 */
export function addAddressActions(
  values: AddressValues,
  key: string,
): MyCustomerUpdateAction[] {
  return [
    { action: 'addAddress', address: { ...valuesToAddress(values), key } },
    ...allRoleActions({ addressKey: key }, unused, values),
  ];
}

/**
 * Edits a stored address: `changeAddress` with the complete address when
 * any of its fields changed, then only the list and default actions that
 * changed. Throws if the customer has no such address.
 */
export function editAddressActions(
  customer: Customer,
  addressId: string,
  values: AddressValues,
): MyCustomerUpdateAction[] {
  const stored = findAddress(customer, addressId);
  if (!stored) throw new Error(`No address with id ${addressId}`);

  const changed = addressTextFields.some(
    (f) => (stored[f] ?? '').trim() !== values[f].trim(),
  );
  const ref = { addressId };
  return [
    ...(changed
      ? [
          {
            action: 'changeAddress' as const,
            addressId,
            address: valuesToAddress(values, stored),
          },
        ]
      : []),
    ...allRoleActions(ref, addressRoles(customer, addressId), values),
  ];
}

/** Removes an address; nothing to do if it is already gone. */
export function removeAddressActions(
  customer: Customer,
  addressId: string,
): MyCustomerUpdateAction[] {
  return findAddress(customer, addressId)
    ? [{ action: 'removeAddress', addressId }]
    : [];
}
