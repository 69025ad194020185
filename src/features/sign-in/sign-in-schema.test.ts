import { describe, expect, it } from 'vitest';

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

  it('asks for both fields, and a real email address', () => {
    const base = { activeCartSignInMode: 'MergeWithExistingCustomerCart' };

    expect(
      validate(signInSchema, { ...base, email: '', password: '' }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        email: 'Enter your email address.',
        password: 'Enter your password.',
      },
    });
    expect(
      validate(signInSchema, { ...base, email: 'alex', password: 'x' }),
    ).toEqual({
      ok: false,
      fieldErrors: { email: 'Enter an email address like name@example.com.' },
    });
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
