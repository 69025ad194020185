import { compareText, countryName as nameIn } from '../../ui/i18n/formatters';
import type { Locale } from '../../ui/i18n/types';

/**
 * Countries offered in the address form. Any ISO 3166-1 alpha-2 code works
 * with the API; this list keeps the picker short. An address stored with
 * another country still shows it (see `countryOptions`).
 */
export const countryCodes = [
  'AT',
  'BE',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'IE',
  'IT',
  'LU',
  'NL',
  'NO',
  'PL',
  'PT',
  'SE',
  'US',
] as const;

/** A country's name in `locale`: "Germany", "Deutschland". */
export function countryName(code: string, locale: Locale = 'en'): string {
  return nameIn(code, locale);
}

/**
 * Codes with their names in `locale`, sorted as its readers sort, always
 * including `current`.
 */
export function countryOptions(
  current?: string,
  locale: Locale = 'en',
): { code: string; name: string }[] {
  const codes: string[] = [...countryCodes];
  if (current && !codes.includes(current)) codes.push(current);
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => compareText(a.name, b.name, locale));
}
