import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { ENGLISH, type Language } from './catalogue';
import { LOCALE_STORAGE_KEY, storeLocale, toLocale } from './locale-choice';
import type { Locale } from './types';

/** Fetches a language's translation; English needs none. */
export type LoadLanguage = (locale: Locale) => Promise<Language>;

interface LocaleContextValue {
  language: Language;
  /** Switches the UI and remembers the choice in this browser. */
  setLocale: (locale: Locale) => void;
  /** A language asked for whose translation could not be downloaded. */
  failed?: Locale;
}

const LocaleContext = createContext<LocaleContextValue>({
  language: ENGLISH,
  setLocale: () => undefined,
});

interface Props {
  /** The language the page starts in, translation already loaded. */
  initial: Language;
  load: LoadLanguage;
  children: ReactNode;
}

export function LocaleProvider({ initial, load, children }: Props) {
  const [language, setLanguage] = useState(initial);
  const [failed, setFailed] = useState<Locale>();
  // Only the latest choice lands, however the loads finish.
  const latest = useRef(0);

  const show = useCallback(
    (locale: Locale) => {
      const request = ++latest.current;
      const next = locale === 'en' ? Promise.resolve(ENGLISH) : load(locale);
      next.then(
        (loaded) => {
          if (request !== latest.current) return;
          setLanguage(loaded);
          setFailed(undefined);
        },
        // Offline, say: the page stays in its language and says why.
        () => {
          if (request === latest.current) setFailed(locale);
        },
      );
    },
    [load],
  );

  const setLocale = useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      show(locale);
    },
    [show],
  );

  useEffect(() => {
    document.documentElement.lang = language.locale;
  }, [language.locale]);

  // Another tab's choice applies here too.
  useEffect(() => {
    function follow(event: StorageEvent) {
      if (event.key !== LOCALE_STORAGE_KEY) return;
      const locale = toLocale(event.newValue);
      if (locale) show(locale);
    }
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, [show]);

  const value = useMemo(
    () => ({ language, setLocale, failed }),
    [language, setLocale, failed],
  );
  return (
    <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
  );
}

/** The UI's language, for formatting dates, numbers and names. */
export function useLanguage(): Language {
  return useContext(LocaleContext).language;
}

/** The current locale and a way to change it (switcher, profile). */
export function useLocale(): {
  locale: Locale;
  setLocale: (l: Locale) => void;
  failed?: Locale;
} {
  const { language, setLocale, failed } = useContext(LocaleContext);
  return { locale: language.locale, setLocale, failed };
}
