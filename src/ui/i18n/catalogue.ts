import { formatMessage } from './format-message';
import type { Catalogue, Locale, Message, ParamsOf, ParamValue } from './types';

/**
 * Every English message the loaded code defined. Catalogues live with the
 * code that shows them and register when their module loads, so a page
 * loaded later brings its own English; the German for all of them comes
 * in one lazily loaded chunk.
 */
const english = new Map<string, Message>();

/**
 * Registers a catalogue of English messages; keys must be unique. Write a
 * message with placeholders as one string literal: joined with `+` its
 * type is plain `string`, and `t()` no longer checks its parameters.
 */
export function defineMessages<const C extends Catalogue>(catalogue: C): C {
  for (const [key, message] of Object.entries(catalogue)) {
    english.set(key, message);
  }
  return catalogue;
}

export function isMessageKey(text: string): boolean {
  return english.has(text);
}

/** The English keys loaded so far (for tests of the translations). */
export function englishKeys(): string[] {
  return [...english.keys()];
}

/** A language and, for any but English, its translation. */
export interface Language {
  locale: Locale;
  translation?: Readonly<Record<string, Message>>;
}

export const ENGLISH: Language = { locale: 'en' };

/**
 * The message for `key` in `language`; English where the translation has
 * none; an unknown key is shown as it is.
 */
export function translate(
  language: Language,
  key: string,
  params?: Readonly<Record<string, ParamValue>>,
): string {
  const message = language.translation?.[key] ?? english.get(key);
  if (message === undefined) return key;
  return formatMessage(message, params, language.locale);
}

// Separates a key from its parameters inside a message reference.
const SEPARATOR = '\u001f';

/**
 * A message as a plain string, for places that can only carry text and
 * are read before the page knows its language: zod issues, API error
 * descriptions, react-hook-form errors. `resolveText` turns it into the
 * words at render time. A parameter whose value is a message key is
 * translated too (e.g. a field's label inside "… can have at most …").
 */
export function messageRef<C extends Catalogue, K extends keyof C & string>(
  _catalogue: C,
  key: K,
  ...params: ParamsOf<C[K]>
): string {
  const [values] = params;
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

/**
 * The words for a text that may be a message reference; any other text
 * (a server's message, text not translated yet) is shown as it is.
 */
export function resolveText(language: Language, text: string): string {
  const cut = text.indexOf(SEPARATOR);
  const key = cut < 0 ? text : text.slice(0, cut);
  if (!english.has(key)) return text;
  if (cut < 0) return translate(language, key);
  const params = parseParams(text.slice(cut + 1));
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && english.has(value)) {
      params[name] = translate(language, value);
    }
  }
  return translate(language, key, params);
}

function parseParams(json: string): Record<string, ParamValue> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const params: Record<string, ParamValue> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string' || typeof value === 'number') {
        params[name] = value;
      }
    }
    return params;
  } catch {
    return {};
  }
}
