import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';

import { changePasswordSchema } from './change-password-schema';

/** The first message per field, as the form shows them. */
function problems(input: unknown) {
  const result = changePasswordSchema.safeParse(input);
  const first: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    first[issue.path.join('.')] ??= inEnglish(issue.message);
  }
  return first;
}

describe('changePasswordSchema', () => {
  it('accepts a current password and a new one of eight characters', () => {
    expect(
      problems({ currentPassword: 'x', newPassword: 'Fresh-pass-1' }),
    ).toEqual({});
  });

  it('asks for both fields', () => {
    expect(problems({ currentPassword: '', newPassword: '' })).toEqual({
      currentPassword: 'Enter your password.',
      newPassword: 'Password must have at least 8 characters.',
    });
  });

  it('refuses a new password equal to the current one', () => {
    expect(
      problems({ currentPassword: 'Same-pass-1', newPassword: 'Same-pass-1' }),
    ).toEqual({
      newPassword: 'Choose a new password that differs from the current one.',
    });
  });
});
