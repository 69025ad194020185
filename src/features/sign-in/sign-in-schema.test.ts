import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';
import { validate } from '../../ui/validate';
import { signInSchema } from './sign-in-schema';

describe('signInSchema', () => {
  it('reads the form as sent, trimming the email', () => {
    const input = {
      email: ' alex.demo@example.com ',
      password: ' any password ',
      activeCartSignInMode: 'UseAsNewActiveCustomerCart',
    };

    expect(validate(signInSchema, input)).toEqual({
      ok: true,
      values: {
        email: 'alex.demo@example.com',
        password: ' any password ',
        activeCartSignInMode: 'UseAsNewActiveCustomerCart',
      },
    });
  });

  it('asks for both fields', () => {
    const base = { activeCartSignInMode: 'MergeWithExistingCustomerCart' };

    expect(
      inEnglish(validate(signInSchema, { ...base, email: ' ', password: '' })),
    ).toEqual({
      ok: false,
      fieldErrors: {
        email: 'Enter your email address.',
        password: 'Enter your password.',
      },
    });
  });

  it('takes any email the API may hold, as the API checks none', () => {
    const base = {
      password: 'x',
      activeCartSignInMode: 'MergeWithExistingCustomerCart',
    };

    for (const email of [
      'jörg@müller.de',
      'user!tag@example.com',
      'user@localhost',
      'customer-without-at-sign',
    ]) {
      expect(validate(signInSchema, { ...base, email })).toMatchObject({
        ok: true,
        values: { email },
      });
    }
  });

  it('accepts only the two guest-cart modes', () => {
    const result = validate(signInSchema, {
      email: 'alex.demo@example.com',
      password: 'x',
      activeCartSignInMode: 'Sum',
    });

    expect(result.ok).toBe(false);
  });
});
