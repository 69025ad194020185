import { describe, expect, it } from 'vitest';

import { createMemoryStorage } from '../../api/token-store';
import {
  browserLocale,
  initialLocale,
  profileLocaleToApply,
  storeLocale,
  toLocale,
} from './locale-choice';

describe('toLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE_ch', 'de'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});

describe('the language to start in', () => {
  it('is the first browser language the UI speaks, else English', () => {
    expect(browserLocale(['fr-FR', 'de-DE', 'en'])).toBe('de');
    expect(browserLocale(['fr', 'it'])).toBe('en');
  });

  it('is the choice stored in this browser before the browser’s', () => {
    const storage = createMemoryStorage();

    expect(initialLocale(storage, ['de-DE'])).toBe('de');
    storeLocale('en', storage);
    expect(initialLocale(storage, ['de-DE'])).toBe('en');
  });
});

describe('the profile’s preferred language', () => {
  it('applies when first seen for a customer and when it changes', () => {
    const storage = createMemoryStorage();

    expect(profileLocaleToApply('c1', 'de-DE', storage)).toBe('de');
    expect(profileLocaleToApply('c1', 'de-DE', storage)).toBeUndefined();
    expect(profileLocaleToApply('c1', 'en', storage)).toBe('en');
    expect(profileLocaleToApply('c2', 'en', storage)).toBe('en');
  });

  it('is ignored when the UI does not speak it or it is unset', () => {
    const storage = createMemoryStorage();

    expect(profileLocaleToApply('c1', 'fr', storage)).toBeUndefined();
    expect(profileLocaleToApply('c1', undefined, storage)).toBeUndefined();
  });
});
