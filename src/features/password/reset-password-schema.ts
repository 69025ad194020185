import { z } from 'zod';

import { newPasswordSchema } from '../../ui/field-schemas';

export const resetPasswordSchema = z.object({ newPassword: newPasswordSchema });

export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

export const resetPasswordFields = [
  'newPassword',
] as const satisfies readonly (keyof ResetPasswordValues)[];
