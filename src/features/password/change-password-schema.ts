import { z } from 'zod';

import {
  currentPasswordSchema,
  newPasswordSchema,
} from '../../ui/field-schemas';

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
  })
  // Empty fields already have their own message.
  .refine((v) => v.newPassword === '' || v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a new password that differs from the current one.',
  });

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

export const changePasswordFields = [
  'currentPassword',
  'newPassword',
] as const satisfies readonly (keyof ChangePasswordValues)[];
