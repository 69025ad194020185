import type { Address, Customer } from '@commercetools/platform-sdk';

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

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** One line for an address: "Main St 1, 10115 Berlin, Germany". */
export function addressLine(address: Address): string {
  const street = [address.streetName, address.streetNumber]
    .filter(Boolean)
    .join(' ');
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country = regionNames.of(address.country) ?? address.country;
  return [street, city, country].filter(Boolean).join(', ');
}

export function greetingName(customer: Customer): string | undefined {
  return customer.firstName?.trim() || undefined;
}
