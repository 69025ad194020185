import { errors } from '../errors';
import { isCountryCode } from './countries';

/** A language subtag, optionally with an ISO 3166-1 region: `de`, `de-AT`. */
const TAG = /^([a-z]{2,3})(?:-([a-z]{2}))?$/i;

/**
 * A locale must name a project language, alone or with a region (`de`,
 * `de-AT`); a project language that has a region itself only matches
 * exactly. Tags compare without case as in BCP 47 and are stored in their
 * usual case (`EN` → `en`, `en-gb` → `en-GB`). Script subtags, variants
 * and extensions are not taken. Anything else is InvalidField.
 */
export function checkLocale(locale: string, languages: string[]): string {
  const match = TAG.exec(locale);
  const language = match?.[1]?.toLowerCase();
  const region = match?.[2]?.toUpperCase();
  const fits =
    language !== undefined &&
    (region === undefined || isCountryCode(region)) &&
    languages.some((projectLanguage) => {
      const [lang, reg] = projectLanguage.split('-');
      return (
        lang?.toLowerCase() === language &&
        (reg === undefined || reg.toUpperCase() === region)
      );
    });
  if (!fits) throw errors.invalidField('locale', locale, languages);
  return region ? `${language}-${region}` : language;
}

export function checkOptLocale(
  locale: string | undefined,
  languages: string[],
): string | undefined {
  return locale === undefined ? undefined : checkLocale(locale, languages);
}
