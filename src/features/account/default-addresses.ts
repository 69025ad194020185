import type { Address, Customer } from '@commercetools/platform-sdk';

import { addressOneLine } from '../addresses/address-text';
import { countryName } from '../../ui/i18n/formatters';
import type { Locale } from '../../ui/i18n/types';

export interface DefaultAddresses {
  shipping?: Address;
  billing?: Address;
}

/** The customer's default shipping and billing addresses, if set. */
export function defaultAddresses(customer: Customer): DefaultAddresses {
  const byId = (id: string | undefined) =>
    id ? customer.addresses.find((address) => address.id === id) : undefined;
  return {
    shipping: byId(customer.defaultShippingAddressId),
    billing: byId(customer.defaultBillingAddressId),
  };
}

/**
 * One line for an address in its country's order: "Main St 1, 10115
 * Berlin, Germany" or "10 Example Road, London, SW1A 1AA, United
 * Kingdom", the country named in `locale`.
 */
export function addressLine(address: Address, locale: Locale = 'en'): string {
  return addressOneLine(address, countryName(address.country, locale));
}

export function greetingName(customer: Customer): string | undefined {
  return customer.firstName?.trim() || undefined;
}
