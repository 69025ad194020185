import { type Locale, LOCALES } from './types';

/** The language chosen in this browser (switcher or profile). */
export const LOCALE_STORAGE_KEY = 'my-account-locale';
/** The customer and profile language last applied here: "id:locale". */
const PROFILE_STORAGE_KEY = 'my-account-profile-locale';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** `de`, `de-AT` or `DE_ch` → `de`; languages the UI lacks → undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary);
}

/** The first of the browser's languages the UI speaks, else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be switched off; the choice then lasts for the visit.
    return undefined;
  }
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string) {
  try {
    storage?.setItem(key, value);
  } catch {
    // A full or blocked storage only costs remembering the choice.
  }
}

export function storedLocale(storage = defaultStorage()): Locale | undefined {
  return toLocale(read(storage, LOCALE_STORAGE_KEY));
}

export function storeLocale(locale: Locale, storage = defaultStorage()) {
  write(storage, LOCALE_STORAGE_KEY, locale);
}

/** The language to start in: the choice made here, else the browser's. */
export function initialLocale(
  storage = defaultStorage(),
  languages: readonly string[] = typeof navigator === 'undefined'
    ? []
    : navigator.languages,
): Locale {
  return storedLocale(storage) ?? browserLocale(languages);
}

/**
 * The profile's preferred language, when it should take over: the first
 * time this browser sees this customer with it, and whenever it changes.
 * In between, the switcher's choice stands, also across reloads.
 */
export function profileLocaleToApply(
  customerId: string,
  customerLocale: string | undefined,
  storage = defaultStorage(),
): Locale | undefined {
  const locale = toLocale(customerLocale);
  if (!locale) return undefined;
  const seen = `${customerId}:${locale}`;
  if (read(storage, PROFILE_STORAGE_KEY) === seen) return undefined;
  write(storage, PROFILE_STORAGE_KEY, seen);
  return locale;
}
