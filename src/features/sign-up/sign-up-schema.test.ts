import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';

import { signUpSchema } from './sign-up-schema';

const valid = {
  email: '  robin.sample@example.test ',
  password: 'Sample-pass-42',
  firstName: 'Robin',
  lastName: 'Sample',
};

function messages(input: object): Record<string, string | undefined> {
  const result = signUpSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [
      issue.path.join('.'),
      inEnglish(issue.message),
    ]),
  );
}

describe('signUpSchema', () => {
  it('accepts a complete draft and trims the email', () => {
    expect(signUpSchema.parse(valid).email).toBe('robin.sample@example.test');
  });

  it('says what is wrong with each field', () => {
    expect(
      messages({ email: 'robin', password: 'short', firstName: ' ' }),
    ).toEqual({
      email: 'Enter an email address like name@example.com.',
      password: 'Password must have at least 8 characters.',
      firstName: 'Enter your first name.',
      lastName: expect.any(String),
    });
  });

  it('asks for an email when it is empty', () => {
    expect(messages({ ...valid, email: '' }).email).toBe(
      'Enter your email address.',
    );
  });

  it('accepts international, tagged and host-only email addresses', () => {
    for (const email of [
      'jörg@müller.de',
      'user!tag@example.com',
      'user@localhost',
    ]) {
      expect(messages({ ...valid, email })).toEqual({});
    }
  });

  it('refuses an email with a space or without an @', () => {
    expect(messages({ ...valid, email: 'robin sample@example.test' })).toEqual({
      email: 'An email address has no spaces.',
    });
    expect(messages({ ...valid, email: '@example.test' })).toEqual({
      email: 'Enter an email address like name@example.com.',
    });
  });

  it('accepts a password of exactly eight characters', () => {
    expect(messages({ ...valid, password: '12345678' })).toEqual({});
  });

  it('limits names to what the profile accepts later', () => {
    expect(messages({ ...valid, firstName: 'x'.repeat(256) })).toEqual({});
    expect(messages({ ...valid, firstName: 'x'.repeat(257) })).toEqual({
      firstName: 'First name can have at most 256 characters.',
    });
  });
});
