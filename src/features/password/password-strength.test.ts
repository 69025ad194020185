import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';
import { passwordStrength as rate } from './password-strength';

/** The rating with its tip as an English reader sees it. */
const passwordStrength = (password: string) => inEnglish(rate(password));

const level = (password: string) => passwordStrength(password).level;

describe('passwordStrength', () => {
  it('calls anything under the minimum length weak', () => {
    expect(passwordStrength('Ab1!xyz')).toEqual({
      level: 'weak',
      tip: 'Use at least 8 characters.',
    });
    expect(level('')).toBe('weak');
  });

  it('calls one kind of character at a short length weak', () => {
    expect(level('lantern-')).toBe('ok');
    expect(level('lanterns')).toBe('weak');
  });

  it('calls common words, sequences and repeats weak at any length', () => {
    expect(level('MyPassword2026!')).toBe('weak');
    expect(level('x1234567890')).toBe('weak');
    expect(level('abababababababababab')).toBe('weak');
  });

  it('calls two kinds at eight characters ok, with a tip', () => {
    expect(passwordStrength('maple7tree')).toEqual({
      level: 'ok',
      tip: 'Longer is stronger: 12 or more characters with a mix of kinds.',
    });
  });

  it('calls twelve characters of three kinds strong', () => {
    expect(passwordStrength('Maple7-treetop')).toEqual({ level: 'strong' });
    expect(level('Maple7treetop')).toBe('strong');
    expect(level('maple7treeto')).toBe('ok');
  });

  it('calls a long passphrase strong', () => {
    expect(level('correct horse battery')).toBe('strong');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(level('🔑🔑🔑🔑ab1')).toBe('weak');
  });
});
