import type { Address, Customer } from '@commercetools/platform-sdk';
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
 * One line for an address: "Main St 1, 10115 Berlin, Germany", the
 * country named in `locale`.
 */
export function addressLine(address: Address, locale: Locale = 'en'): string {
  const street = [address.streetName, address.streetNumber]
    .filter(Boolean)
    .join(' ');
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country = countryName(address.country, locale);
  return [street, city, country].filter(Boolean).join(', ');
}

export function greetingName(customer: Customer): string | undefined {
  return customer.firstName?.trim() || undefined;
}
