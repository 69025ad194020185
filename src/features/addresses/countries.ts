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

const names = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Codes with their names, sorted by name, always including `current`. */
export function countryOptions(
  current?: string,
): { code: string; name: string }[] {
  const codes: string[] = [...countryCodes];
  if (current && !codes.includes(current)) codes.push(current);
  return codes
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
