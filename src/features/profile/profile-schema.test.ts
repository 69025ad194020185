import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';

import { makeCustomer } from './customer-fixture';
import { profileSchema, type ProfileValues } from './profile-schema';
import { customerToProfileValues } from './profile-values';

const valid = customerToProfileValues(makeCustomer());

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
});
