import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { safeReturnTo, signInPathFor } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/account/profile', '/account/profile'],
    [
      '/account/addresses?edit=home#street',
      '/account/addresses?edit=home#street',
    ],
    ['/account/../account/profile', '/account/profile'],
  ])('keeps the same-origin path %s', (raw, expected) => {
    expect(safeReturnTo(raw)).toBe(expected);
  });

  it.each([
    null,
    '',
    'account',
    '//evil.example.test/account',
    '/\\evil.example.test',
    '/\t/evil.example.test',
    '/%0a/evil.example.test'.replace('%0a', '\n'),
    'https://evil.example.test/account',
    'javascript:alert(1)',
    ' /account',
    '/sign-in',
    '/sign-up?returnTo=/account',
  ])('falls back to the overview for %j', (raw) => {
    expect(safeReturnTo(raw)).toBe('/account');
  });

  it('never leaves the site, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const target = safeReturnTo(raw);
        const url = new URL(target, 'http://app.example.test');

        expect(url.origin).toBe('http://app.example.test');
        expect(target.startsWith('/')).toBe(true);
        expect(target.startsWith('//')).toBe(false);
      }),
    );
  });
});

describe('signInPathFor', () => {
  it('carries the page to come back to', () => {
    expect(signInPathFor('/account/profile')).toBe(
      '/sign-in?returnTo=%2Faccount%2Fprofile',
    );
  });

  it('leaves out the default target', () => {
    expect(signInPathFor('/account')).toBe('/sign-in');
  });
});
