import { z } from 'zod';

import { currentPasswordSchema } from '../../ui/field-schemas';

export const CONFIRMATION_WORD = 'DELETE';

export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordSchema,
  confirmation: z
    .string()
    .trim()
    .refine((value) => value === CONFIRMATION_WORD, {
      message: `Type ${CONFIRMATION_WORD} in capitals to confirm.`,
    }),
});

/** As typed; the schema narrows `confirmation` to the word itself. */
export type DeleteAccountValues = z.input<typeof deleteAccountSchema>;

export const deleteAccountFields = [
  'currentPassword',
  'confirmation',
] as const satisfies readonly (keyof DeleteAccountValues)[];
