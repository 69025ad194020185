import * as z from 'zod/mini';

import { emailSchema } from '../../ui/field-schemas';

export const forgotPasswordSchema = z.object({ email: emailSchema });

export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

export const forgotPasswordFields = [
  'email',
] as const satisfies readonly (keyof ForgotPasswordValues)[];
