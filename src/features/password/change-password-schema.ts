import { z } from 'zod';

import {
  currentPasswordSchema,
  newPasswordSchema,
} from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { passwordMessages } from './messages-en';

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
  })
  // Empty fields already have their own message.
  .refine((v) => v.newPassword === '' || v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: messageRef(passwordMessages, 'password.mustDiffer'),
  });

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

export const changePasswordFields = [
  'currentPassword',
  'newPassword',
] as const satisfies readonly (keyof ChangePasswordValues)[];
