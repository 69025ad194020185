import { describe, expect, it } from 'vitest';

import { formatMoney, localized } from './money';

const eur = (centAmount: number) => ({
  type: 'centPrecision' as const,
  currencyCode: 'EUR',
  centAmount,
  fractionDigits: 2,
});

describe('formatMoney', () => {
  it('writes cents as the locale writes money', () => {
    expect(formatMoney(eur(1290), 'en')).toBe('€12.90');
    expect(formatMoney(eur(123456), 'de').replace(/\s/g, ' ')).toBe(
      '1.234,56 €',
    );
  });

  it('keeps the currency fraction digits', () => {
    expect(
      formatMoney(
        { ...eur(500), currencyCode: 'JPY', fractionDigits: 0 },
        'en',
      ),
    ).toBe('¥500');
  });
});

describe('localized', () => {
  const name = { en: 'Enamel mug', de: 'Emaillebecher' };

  it('picks the language, then the base language, then any', () => {
    expect(localized(name, 'de')).toBe('Emaillebecher');
    expect(localized(name, 'en-GB')).toBe('Enamel mug');
    expect(localized({ de: 'Wollsocken' }, 'en')).toBe('Wollsocken');
    expect(localized(undefined, 'en')).toBe('');
  });
});
