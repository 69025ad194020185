import { describe, expect, it } from 'vitest';

import {
  defineMessages,
  ENGLISH,
  type Language,
  messageRef,
  resolveText,
  translate,
} from './catalogue';
import type { Translation } from './types';

const messages = defineMessages({
  'test.hello': 'Hello, {name}',
  'test.only-en': 'Only in English',
  'test.label': 'First name',
  'test.too-long': '{label} can have at most {max} characters.',
  'test.items': { one: '{count} item', other: '{count} items' },
});

const german: Language = {
  locale: 'de',
  translation: {
    'test.hello': 'Hallo, {name}',
    'test.label': 'Vorname',
    'test.too-long': '{label} darf höchstens {max} Zeichen haben.',
    'test.items': { one: '{count} Artikel', other: '{count} Artikel' },
  },
};

describe('translate', () => {
  it('answers the message in the chosen language', () => {
    expect(translate(ENGLISH, 'test.hello', { name: 'Kim' })).toBe(
      'Hello, Kim',
    );
    expect(translate(german, 'test.hello', { name: 'Kim' })).toBe('Hallo, Kim');
  });

  it('falls back to English when the translation lacks the key', () => {
    expect(translate(german, 'test.only-en')).toBe('Only in English');
  });

  it('shows an unknown key as it is', () => {
    expect(translate(german, 'test.no-such-key')).toBe('test.no-such-key');
  });
});

describe('message references', () => {
  it('resolve at render time, in the language of that moment', () => {
    const ref = messageRef(messages, 'test.items', { count: 3 });

    expect(resolveText(ENGLISH, ref)).toBe('3 items');
    expect(resolveText(german, ref)).toBe('3 Artikel');
  });

  it('translate a parameter that is itself a key', () => {
    const ref = messageRef(messages, 'test.too-long', {
      label: 'test.label',
      max: 50,
    });

    expect(resolveText(ENGLISH, ref)).toBe(
      'First name can have at most 50 characters.',
    );
    expect(resolveText(german, ref)).toBe(
      'Vorname darf höchstens 50 Zeichen haben.',
    );
  });

  it('leave plain text alone', () => {
    expect(resolveText(german, 'Server said no.')).toBe('Server said no.');
  });
});

describe('the types', () => {
  it('refuse a translation with a missing key or a missing parameter', () => {
    // @ts-expect-error every key of the English catalogue must be there
    const missing: Translation<typeof messages> = { 'test.hello': 'Hallo' };
    // @ts-expect-error "{name}" needs a value
    const unnamed = messageRef(messages, 'test.hello');

    expect([missing, unnamed]).toHaveLength(2);
  });
});
