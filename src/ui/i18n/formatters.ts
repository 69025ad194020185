import { useMemo } from 'react';

import { useLanguage } from './locale-provider';
import type { Locale } from './types';

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in `locale` ("Deutschland"), or its code if unknown. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // A code that is not a region at all: show what the API holds.
    return code;
  }
}

/** A language's name in `locale` ("Deutsch (Österreich)"), else the tag. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A calendar date (YYYY-MM-DD) as the locale writes it, read as that very
 * day wherever the browser is: 1990-05-04 stays the 4th of May.
 */
export function formatDate(
  isoDate: string,
  locale: Locale,
  style: Intl.DateTimeFormatOptions['dateStyle'] = 'long',
): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: style,
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (an ISO timestamp) in the browser's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Sorts texts as readers of `locale` expect (ä next to a in German). */
export function compareText(a: string, b: string, locale: Locale): number {
  return a.localeCompare(b, locale);
}

/** The formatters above, bound to the UI's current language. */
export function useFormat() {
  const { locale } = useLanguage();
  return useMemo(
    () => ({
      locale,
      country: (code: string) => countryName(code, locale),
      date: (isoDate: string) => formatDate(isoDate, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
    }),
    [locale],
  );
}
