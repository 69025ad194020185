import * as z from 'zod/mini';

import {
  emailSchema,
  newPasswordSchema,
  requiredText,
} from '../../ui/field-schemas';

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  firstName: requiredText('Enter your first name.'),
  lastName: requiredText('Enter your last name.'),
});

export type SignUpValues = z.infer<typeof signUpSchema>;

/** In the order the form shows them, for the error summary. */
export const signUpFields = [
  'email',
  'password',
  'firstName',
  'lastName',
] as const satisfies readonly (keyof SignUpValues)[];
