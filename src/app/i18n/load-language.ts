import { ENGLISH, type Language } from '../../ui/i18n/catalogue';
import type { Locale } from '../../ui/i18n/types';

/** English ships with the app; German is fetched the first time needed. */
export async function loadLanguage(locale: Locale): Promise<Language> {
  if (locale === 'en') return ENGLISH;
  const { german } = await import('./german');
  return { locale, translation: german };
}
