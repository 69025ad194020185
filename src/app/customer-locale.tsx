import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';

import { meQueryOptions } from '../api/me';
import { profileLocaleToApply } from '../ui/i18n/locale-choice';
import { useLocale } from '../ui/i18n/locale-provider';

/**
 * Switches the UI to the signed-in customer's preferred language when it
 * arrives (sign-in) or changes (a profile save). It reads the customer the
 * pages load and never fetches it itself, so it costs no request.
 */
export function CustomerLocale() {
  const { data: customer } = useQuery({ ...meQueryOptions(), enabled: false });
  const { setLocale } = useLocale();

  useEffect(() => {
    if (!customer) return;
    const locale = profileLocaleToApply(customer.id, customer.locale);
    if (locale) setLocale(locale);
  }, [customer, setLocale]);

  return null;
}
