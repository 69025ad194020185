import type {
  Address,
  AddressDraft,
  Customer,
} from '@commercetools/platform-sdk';

import type { AddressTextField, AddressValues } from './address-schema';
import { normalisePostalCode } from './postal-codes';

/** The address fields the form edits; every other field is carried over. */
export const addressTextFields: readonly AddressTextField[] = [
  'country',
  'streetName',
  'streetNumber',
  'postalCode',
  'city',
  'firstName',
  'lastName',
  'phone',
];

export function emptyAddressValues(country = 'DE'): AddressValues {
  return {
    country,
    streetName: '',
    streetNumber: '',
    postalCode: '',
    city: '',
    firstName: '',
    lastName: '',
    phone: '',
    shipping: true,
    billing: true,
    defaultShipping: false,
    defaultBilling: false,
  };
}

export function findAddress(
  customer: Customer,
  addressId: string,
): Address | undefined {
  return customer.addresses.find((a) => a.id === addressId);
}

export type AddressRoles = Pick<
  AddressValues,
  'shipping' | 'billing' | 'defaultShipping' | 'defaultBilling'
>;

/** Where an address is used: the lists it is on and the defaults it is. */
export function addressRoles(
  customer: Customer,
  addressId: string,
): AddressRoles {
  const defaultShipping = customer.defaultShippingAddressId === addressId;
  const defaultBilling = customer.defaultBillingAddressId === addressId;
  return {
    shipping:
      defaultShipping || customer.shippingAddressIds.includes(addressId),
    billing: defaultBilling || customer.billingAddressIds.includes(addressId),
    defaultShipping,
    defaultBilling,
  };
}

/** The form's view of a stored address, or undefined if it is gone. */
export function addressToValues(
  customer: Customer,
  addressId: string,
): AddressValues | undefined {
  const address = findAddress(customer, addressId);
  if (!address) return undefined;
  const text = Object.fromEntries(
    addressTextFields.map((f) => [f, address[f] ?? '']),
  ) as Record<AddressTextField, string>;
  return { ...text, ...addressRoles(customer, addressId) };
}

type Draft = { -readonly [K in keyof AddressDraft]: AddressDraft[K] };

/**
 * The complete address to send: the stored one (if any) with the form's
 * fields laid over it, the postal code in its country's written form. `changeAddress` replaces the whole address, so a
 * field the form does not show must be sent again or it is lost.
 */
export function valuesToAddress(
  values: AddressValues,
  stored?: Address,
): AddressDraft {
  const { id: _id, custom, ...rest } = stored ?? { country: values.country };
  const address: Draft = { ...rest, country: values.country };
  if (custom) {
    address.custom = {
      type: { typeId: 'type', id: custom.type.id },
      fields: custom.fields,
    };
  }
  for (const field of addressTextFields) {
    if (field === 'country') continue;
    const value =
      field === 'postalCode'
        ? normalisePostalCode(values.country, values.postalCode)
        : values[field].trim();
    if (value === '') delete address[field];
    else address[field] = value;
  }
  return address;
}
