import type { Locale, Message, ParamValue } from './types';

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached<T>(cache: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = cache.get(locale);
  if (!value) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/** The form of `message` for `count`, by the locale's plural rules. */
export function pickForm(
  message: Message,
  count: unknown,
  locale: Locale,
): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale));
  return message[rule.select(count)] ?? message.other;
}

/** A parameter as the locale writes it: numbers get its separators. */
export function formatValue(value: ParamValue, locale: Locale): string {
  if (typeof value === 'string') return value;
  const format = cached(numberFormats, locale, () => {
    return new Intl.NumberFormat(locale);
  });
  return format.format(value);
}

/**
 * Fills `{name}` placeholders. A placeholder without a value stays as it
 * is, so a missing parameter shows up in the page instead of vanishing.
 */
export function formatMessage(
  message: Message,
  params: Readonly<Record<string, ParamValue>> | undefined,
  locale: Locale,
): string {
  const text = pickForm(message, params?.count, locale);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : formatValue(value, locale);
  });
}

/**
 * Splits a text at its placeholders, for values that are elements (a
 * link, emphasis): ['Hello ', <b>Kim</b>, '!'].
 */
export function splitMessage<T>(
  text: string,
  params: Readonly<Record<string, T>>,
): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    if (!(name in params)) continue;
    parts.push(text.slice(last, match.index));
    parts.push(params[name] as T);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}
