import { createElement, Fragment, type ReactNode, useMemo } from 'react';

import { type Language, resolveText, translate } from './catalogue';
import { splitMessage } from './format-message';
import { useLanguage } from './locale-provider';
import type { Catalogue, Locale, NamesOf, ParamsOf } from './types';

export interface Translator<C extends Catalogue> {
  /** The text of `key` in the UI's language, placeholders filled. */
  <K extends keyof C & string>(key: K, ...params: ParamsOf<C[K]>): string;
  /** The same with elements (links, emphasis) as placeholder values. */
  rich<K extends keyof C & string>(
    key: K,
    params: Record<NamesOf<C[K]>, ReactNode>,
  ): ReactNode[];
  /** A message reference or plain text, as the page shows it. */
  text(text: string): string;
  locale: Locale;
}

/** Binds a catalogue's keys to a language. */
export function translator<C extends Catalogue>(
  language: Language,
  _catalogue: C,
): Translator<C> {
  const t = (key: string, ...params: [Record<string, string | number>?]) =>
    translate(language, key, params[0]);
  return Object.assign(t, {
    rich: (key: string, params: Record<string, ReactNode>) =>
      splitMessage(translate(language, key), params).map((part, index) =>
        createElement(Fragment, { key: index }, part),
      ),
    text: (text: string) => resolveText(language, text),
    locale: language.locale,
  }) as Translator<C>;
}

/** `t(key, params)` for one catalogue, in the UI's current language. */
export function useT<C extends Catalogue>(catalogue: C): Translator<C> {
  const language = useLanguage();
  return useMemo(() => translator(language, catalogue), [language, catalogue]);
}
