import { describe, expect, it } from 'vitest';

import { profileMessagesDe } from './messages-de';
import { coreMessagesDe } from '../../ui/i18n/messages-de';
import { resolveText } from '../../ui/i18n/catalogue';
import { inEnglish } from '../../ui/i18n/in-english';

import { makeCustomer } from './customer-fixture';
import { profileSchema, type ProfileValues } from './profile-schema';
import { customerToProfileValues } from './profile-values';

const valid = customerToProfileValues(makeCustomer());
const german = {
  locale: 'de' as const,
  translation: { ...coreMessagesDe, ...profileMessagesDe },
};

function errorsFor(values: Partial<ProfileValues>, stored?: ProfileValues) {
  const result = profileSchema(stored).safeParse({ ...valid, ...values });
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [
          String(i.path[0]),
          inEnglish(i.message),
        ]),
      );
}

describe('profileSchema', () => {
  it('accepts the values of a stored customer', () => {
    expect(errorsFor({})).toEqual({});
  });

  it('requires an email that looks like one', () => {
    expect(errorsFor({ email: '' })).toEqual({
      email: 'Enter your email address.',
    });
    expect(errorsFor({ email: 'alex' })).toEqual({
      email: 'Enter an email address like name@example.com.',
    });
    expect(errorsFor({ email: 'alex demo@example.com' })).toEqual({
      email: 'An email address has no spaces.',
    });
  });

  it('accepts every email address the API takes', () => {
    for (const email of [
      'jörg@müller.de',
      'user!tag@example.com',
      'user@localhost',
    ]) {
      expect(errorsFor({ email })).toEqual({});
    }
  });

  it('accepts an empty or a plausible date of birth', () => {
    expect(errorsFor({ dateOfBirth: '' })).toEqual({});
    expect(errorsFor({ dateOfBirth: '1990-04-01' })).toEqual({});
  });

  it('rejects malformed, unreal and future dates of birth', () => {
    expect(errorsFor({ dateOfBirth: '01.04.1990' })).toEqual({
      dateOfBirth: 'Enter the date as YYYY-MM-DD.',
    });
    expect(errorsFor({ dateOfBirth: '1990-13-45' })).toEqual({
      dateOfBirth: 'Enter a real date.',
    });
    expect(errorsFor({ dateOfBirth: '2023-02-31' })).toEqual({
      dateOfBirth: 'Enter a real date.',
    });
    expect(errorsFor({ dateOfBirth: '2999-01-01' })).toEqual({
      dateOfBirth: 'Enter a date between 1900 and today.',
    });
  });

  it('limits names to the same length as sign-up does', () => {
    expect(errorsFor({ lastName: 'x'.repeat(256) })).toEqual({});
    expect(errorsFor({ lastName: 'x'.repeat(257) })).toEqual({
      lastName: 'Last name can have at most 256 characters.',
    });
  });

  it('lets stored values pass unchanged, so another field can be saved', () => {
    const stored = {
      ...valid,
      firstName: 'x'.repeat(300),
      email: 'no-at-sign-customer',
      dateOfBirth: '1850-01-01',
    };

    expect(errorsFor({ ...stored, vatId: 'DE123456789' }, stored)).toEqual({});
  });

  it('checks a stored value again once the user changes it', () => {
    const stored = { ...valid, firstName: 'x'.repeat(300) };

    expect(
      errorsFor({ ...stored, firstName: 'y'.repeat(300) }, stored),
    ).toEqual({ firstName: 'First name can have at most 256 characters.' });
    expect(errorsFor({ ...stored, email: 'alex' }, stored)).toEqual({
      email: 'Enter an email address like name@example.com.',
    });
  });

  it('offers the project languages, and keeps a stored other one', () => {
    expect(errorsFor({ locale: 'de' })).toEqual({});
    expect(errorsFor({ locale: 'fr' })).toEqual({
      locale: 'Choose one of the languages offered.',
    });

    const stored = { ...valid, locale: 'de-AT' };
    expect(errorsFor({ ...stored, firstName: 'Kim' }, stored)).toEqual({});
  });

  it('names the field in the message in the language shown', () => {
    const result = profileSchema().safeParse({
      ...valid,
      lastName: 'x'.repeat(257),
    });
    const message = result.error?.issues[0]?.message ?? '';

    expect(resolveText(german, message)).toBe(
      'Nachname darf höchstens 256 Zeichen haben.',
    );
  });
});
