import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { session } from '../api/client';
import type { Language } from '../ui/i18n/catalogue';
import { LocaleProvider } from '../ui/i18n/locale-provider';
import { CustomerLocale } from './customer-locale';
import { loadLanguage } from './i18n/load-language';
import { createQueryClient } from './query-client';
import { clearCacheOnIdentityChange } from './session-sync';

export const queryClient = createQueryClient();

clearCacheOnIdentityChange(session, queryClient);

interface Props {
  /** The language to start in, its translation already loaded. */
  language: Language;
  children: ReactNode;
}

export function Providers({ language, children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider initial={language} load={loadLanguage}>
        <CustomerLocale />
        {children}
      </LocaleProvider>
    </QueryClientProvider>
  );
}
