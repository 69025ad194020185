import type { BaseAddress } from '@commercetools/platform-sdk';

import { countryName } from './countries';
import { normalisePostalCode } from './postal-codes';
import type { Locale } from '../../ui/i18n/types';

const join = (...parts: (string | undefined)[]) =>
  parts.filter(Boolean).join(' ');

// Where the house number goes: "10 Downing Street" or "Hauptstr. 1".
const numberFirst = new Set(['AU', 'CA', 'FR', 'GB', 'IE', 'LU', 'NZ', 'US']);

/**
 * How a country writes the place: most of Europe "10115 Berlin"; the UK
 * and Ireland put the postcode on a line of its own under the town; North
 * America and Australia write "City, STATE CODE" on one line. Countries
 * not listed use the first form.
 */
type PlaceStyle = 'code-city' | 'code-below' | 'city-state-code';

const placeStyles: Record<string, PlaceStyle> = {
  GB: 'code-below',
  IE: 'code-below',
  US: 'city-state-code',
  CA: 'city-state-code',
  AU: 'city-state-code',
  NZ: 'city-state-code',
};

function streetLine(address: BaseAddress): string {
  return numberFirst.has(address.country)
    ? join(address.streetNumber, address.streetName)
    : join(address.streetName, address.streetNumber);
}

/** The town and postal code lines, in the country's order. */
export function placeLines(address: BaseAddress): string[] {
  const { country, city } = address;
  const code = address.postalCode
    ? normalisePostalCode(country, address.postalCode)
    : undefined;
  const style = placeStyles[country] ?? 'code-city';
  if (style === 'code-below') return [city ?? '', code ?? ''];
  if (style === 'city-state-code') {
    const region = join(address.state ?? address.region, code);
    return [city && region ? `${city}, ${region}` : city || region];
  }
  return [join(code, city)];
}

/** A short name for the address, e.g. "Hauptstr. 1", for button labels. */
export function addressName(address: BaseAddress, locale?: Locale): string {
  return (
    streetLine(address) ||
    placeLines(address).filter(Boolean).join(' ') ||
    countryName(address.country, locale)
  );
}

/**
 * The address as the lines of a postal label, the country named in
 * `locale`; `phoneLine` words the phone line ("Phone +49 …").
 */
export function addressLines(
  address: BaseAddress,
  locale?: Locale,
  phoneLine = (phone: string) => `Phone ${phone}`,
): string[] {
  return [
    join(address.firstName, address.lastName),
    address.company ?? '',
    streetLine(address),
    address.additionalStreetInfo ?? '',
    ...placeLines(address),
    countryName(address.country, locale),
    address.phone ? phoneLine(address.phone) : '',
  ].filter(Boolean);
}

/**
 * Street, place and country on one line, e.g. for the overview; `country`
 * is the country's name in the page's language.
 */
export function addressOneLine(
  address: BaseAddress,
  country = countryName(address.country),
): string {
  return [streetLine(address), ...placeLines(address), country]
    .filter(Boolean)
    .join(', ');
}
