import { describe, expect, it } from 'vitest';

import { formatMessage, splitMessage } from './format-message';

const items = { one: '{count} item', other: '{count} items' };
const artikel = { one: '{count} Artikel', other: '{count} Artikel' };

describe('formatMessage', () => {
  it('fills every placeholder, the same one twice too', () => {
    expect(
      formatMessage(
        '{name} and {name} owe {sum}',
        { name: 'Kim', sum: 'x' },
        'en',
      ),
    ).toBe('Kim and Kim owe x');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('Hello, {name}', {}, 'en')).toBe('Hello, {name}');
  });

  it('chooses the plural form by the locale’s rules', () => {
    expect(formatMessage(items, { count: 1 }, 'en')).toBe('1 item');
    expect(formatMessage(items, { count: 0 }, 'en')).toBe('0 items');
    expect(formatMessage(items, { count: 2 }, 'en')).toBe('2 items');
    expect(formatMessage(artikel, { count: 1 }, 'de')).toBe('1 Artikel');
  });

  it('writes numbers as the locale does', () => {
    expect(formatMessage(items, { count: 1200 }, 'en')).toBe('1,200 items');
    expect(formatMessage(artikel, { count: 1200 }, 'de')).toBe('1.200 Artikel');
  });

  it('falls back to the "other" form when a form is missing', () => {
    expect(formatMessage({ other: '{count} x' }, { count: 1 }, 'en')).toBe(
      '1 x',
    );
  });
});

describe('splitMessage', () => {
  it('puts values between the text around their placeholders', () => {
    const link = { type: 'link' };

    expect(splitMessage('{link}: the emails', { link })).toEqual([
      link,
      ': the emails',
    ]);
    expect(splitMessage('New here? {link} now', { link })).toEqual([
      'New here? ',
      link,
      ' now',
    ]);
  });
});
