import { z } from 'zod';

import { currentPasswordSchema } from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { deleteMessages } from './messages-en';

/** The same word in every language: it is a code, not a sentence. */
export const CONFIRMATION_WORD = 'DELETE';

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordSchema,
  confirmation: z
    .string()
    .trim()
    .refine((value) => value === CONFIRMATION_WORD, {
      message: messageRef(deleteMessages, 'delete.typeWordError', {
        word: CONFIRMATION_WORD,
      }),
    }),
});

/** As typed; the schema narrows `confirmation` to the word itself. */
export type DeleteAccountValues = z.input<typeof deleteAccountSchema>;

export const deleteAccountFields = [
  'currentPassword',
  'confirmation',
] as const satisfies readonly (keyof DeleteAccountValues)[];
