import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import { meQueryOptions } from '../api/me';
import { useSession } from '../api/use-session';
import { profileLocaleToApply } from '../ui/i18n/locale-choice';
import { useLocale } from '../ui/i18n/locale-provider';

/**
 * Switches the UI to the signed-in customer's preferred language when it
 * arrives (sign-in) or changes (a profile save).
 */
export function CustomerLocale() {
  const state = useSession();
  if (state.status !== 'signed-in') return null;
  // A fresh watcher per customer: the cache is cleared whenever the person
  // changes, and a watcher of the cleared entry would miss the new one.
  return <ProfileLanguage key={state.customerId ?? 'signed-in'} />;
}

/**
 * Reads the customer the pages load and never fetches it itself, so it
 * costs no request.
 */
function ProfileLanguage() {
  const { data: customer } = useQuery({ ...meQueryOptions(), enabled: false });
  const { setLocale } = useLocale();

  useEffect(() => {
    if (!customer) return;
    const locale = profileLocaleToApply(customer.id, customer.locale);
    if (locale) setLocale(locale);
  }, [customer, setLocale]);

  return null;
}
