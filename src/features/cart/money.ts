import type { LocalizedString, TypedMoney } from '@commercetools/platform-sdk';

/** The UI's language, as the page declares it; English if it does not. */
export function uiLocale(): string {
  return (
    (typeof document !== 'undefined' && document.documentElement.lang) || 'en'
  );
}

/** `12,90 €` or `€12.90`, whichever the UI's locale writes. */
export function formatMoney(money: TypedMoney, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currencyCode,
    minimumFractionDigits: money.fractionDigits,
    maximumFractionDigits: money.fractionDigits,
  }).format(money.centAmount / 10 ** money.fractionDigits);
}

/** A name in the UI's language, else its base language, else any. */
export function localized(
  text: LocalizedString | undefined,
  locale = uiLocale(),
): string {
  if (!text) return '';
  const base = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[base] ?? Object.values(text)[0] ?? '';
}
