import { describe, expect, it } from 'vitest';

import { currentPasswordSchema } from '../../ui/field-schemas';
import { deleteAccountSchema } from './delete-account-schema';
import { inEnglish } from '../../ui/i18n/in-english';

/** The shared field's own message, in whatever form it has. */
const passwordRequired = inEnglish(
  currentPasswordSchema.safeParse('').error?.issues[0]?.message,
);

function problems(input: unknown) {
  const first: Record<string, string> = {};
  for (const issue of deleteAccountSchema.safeParse(input).error?.issues ??
    []) {
    first[issue.path.join('.')] ??= inEnglish(issue.message);
  }
  return first;
}

describe('deleteAccountSchema', () => {
  it('takes the password and the word DELETE, spaces around it allowed', () => {
    expect(
      problems({ currentPassword: 'x', confirmation: ' DELETE ' }),
    ).toEqual({});
  });

  it('asks for the password and the exact word', () => {
    expect(problems({ currentPassword: '', confirmation: 'delete' })).toEqual({
      currentPassword: passwordRequired,
      confirmation: 'Type DELETE in capitals to confirm.',
    });
    expect(problems({ currentPassword: 'x', confirmation: '' })).toEqual({
      confirmation: 'Type DELETE in capitals to confirm.',
    });
  });
});
