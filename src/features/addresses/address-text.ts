import type { Address } from '@commercetools/platform-sdk';

import { countryName } from './countries';

const join = (...parts: (string | undefined)[]) =>
  parts.filter(Boolean).join(' ');

/** A short name for the address, e.g. "Hauptstr. 1", for button labels. */
export function addressName(address: Address): string {
  return (
    join(address.streetName, address.streetNumber) ||
    join(address.postalCode, address.city) ||
    countryName(address.country)
  );
}

/** The address as the lines of a postal label. */
export function addressLines(address: Address): string[] {
  return [
    join(address.firstName, address.lastName),
    address.company ?? '',
    join(address.streetName, address.streetNumber),
    address.additionalStreetInfo ?? '',
    join(address.postalCode, address.city),
    countryName(address.country),
    address.phone ? `Phone ${address.phone}` : '',
  ].filter(Boolean);
}
