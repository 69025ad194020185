import { Fragment } from 'react';

import { useLocale } from './locale-provider';
import { coreMessages } from './messages-en';
import { type Locale, LOCALES } from './types';
import { useT } from './use-t';

/** Each language named in itself, so its readers find it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
};

/** "English / Deutsch": the pressed button is the language shown. */
export function LanguageSwitcher() {
  const { locale, setLocale, failed } = useLocale();
  const t = useT(coreMessages);
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="language-switcher"
    >
      {LOCALES.map((option, index) => (
        <Fragment key={option}>
          {index > 0 ? <span aria-hidden="true"> / </span> : null}
          <button
            type="button"
            lang={option}
            className="button button-link"
            aria-pressed={locale === option}
            onClick={() => setLocale(option)}
          >
            {LANGUAGE_NAMES[option]}
          </button>
        </Fragment>
      ))}
      {failed ? (
        <p role="alert" className="field-error">
          {t('language.loadFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      ) : null}
    </div>
  );
}
