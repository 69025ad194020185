import { z } from 'zod';

import { currentPasswordSchema, emailSchema } from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { emailMessages } from './messages-en';

/** The form for a customer whose email is `currentEmail` now. */
export function changeEmailSchema(currentEmail: string) {
  return z
    .object({
      email: emailSchema,
      currentPassword: currentPasswordSchema,
    })
    .refine((values) => values.email !== currentEmail, {
      path: ['email'],
      // Only the exact same text: a change of case is a real change.
      message: messageRef(emailMessages, 'email.same'),
    });
}

export type ChangeEmailValues = z.infer<ReturnType<typeof changeEmailSchema>>;

export const changeEmailFields = [
  'email',
  'currentPassword',
] as const satisfies readonly (keyof ChangeEmailValues)[];
