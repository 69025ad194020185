import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';

import { changeEmailSchema } from './change-email-schema';

const schema = changeEmailSchema('Alex.Demo@example.com');

function problems(input: unknown) {
  const first: Record<string, string> = {};
  for (const issue of schema.safeParse(input).error?.issues ?? []) {
    first[issue.path.join('.')] ??= inEnglish(issue.message);
  }
  return first;
}

describe('changeEmailSchema', () => {
  it('accepts a new email with the password, trimmed', () => {
    expect(
      schema.parse({ email: ' new@example.test ', currentPassword: 'x' }),
    ).toEqual({ email: 'new@example.test', currentPassword: 'x' });
  });

  it('asks for an email and the password', () => {
    expect(problems({ email: '', currentPassword: '' })).toEqual({
      email: 'Enter your email address.',
      currentPassword: 'Enter your password.',
    });
    expect(problems({ email: 'not-an-email', currentPassword: 'x' })).toEqual({
      email: 'Enter an email address like name@example.com.',
    });
  });

  it('refuses the current email but takes a change of case', () => {
    expect(
      problems({ email: 'Alex.Demo@example.com', currentPassword: 'x' }),
    ).toEqual({ email: 'This is your email already.' });
    expect(
      problems({ email: 'alex.demo@example.com', currentPassword: 'x' }),
    ).toEqual({});
  });
});
