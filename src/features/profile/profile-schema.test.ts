import { describe, expect, it } from 'vitest';

import { makeCustomer } from './customer-fixture';
import { profileSchema } from './profile-schema';
import { customerToProfileValues } from './profile-values';

const valid = customerToProfileValues(makeCustomer());

function errorsFor(values: Partial<typeof valid>) {
  const result = profileSchema.safeParse({ ...valid, ...values });
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [String(i.path[0]), i.message]),
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
  });

  it('accepts an empty or a plausible date of birth', () => {
    expect(errorsFor({ dateOfBirth: '' })).toEqual({});
    expect(errorsFor({ dateOfBirth: '1990-04-01' })).toEqual({});
  });

  it('rejects malformed, unreal and future dates of birth', () => {
    expect(errorsFor({ dateOfBirth: '01.04.1990' })).toHaveProperty(
      'dateOfBirth',
    );
    expect(errorsFor({ dateOfBirth: '1990-13-45' })).toHaveProperty(
      'dateOfBirth',
    );
    expect(errorsFor({ dateOfBirth: '2023-02-31' })).toEqual({
      dateOfBirth: 'Enter a real date.',
    });
    expect(errorsFor({ dateOfBirth: '2999-01-01' })).toEqual({
      dateOfBirth: 'Enter a date between 1900 and today.',
    });
  });

  it('limits the length of names', () => {
    expect(errorsFor({ lastName: 'x'.repeat(101) })).toEqual({
      lastName: 'Last name can have at most 100 characters.',
    });
  });
});
