import * as z from 'zod/mini';

import {
  emailSchema,
  newPasswordSchema,
  requiredName,
} from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { signUpMessages } from './messages-en';

// The same name rules as the profile, so nothing accepted here blocks a
// later profile save.
export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  firstName: requiredName(
    'signUp.firstName',
    messageRef(signUpMessages, 'signUp.firstNameRequired'),
  ),
  lastName: requiredName(
    'signUp.lastName',
    messageRef(signUpMessages, 'signUp.lastNameRequired'),
  ),
});

export type SignUpValues = z.infer<typeof signUpSchema>;

/** In the order the form shows them, for the error summary. */
export const signUpFields = [
  'email',
  'password',
  'firstName',
  'lastName',
] as const satisfies readonly (keyof SignUpValues)[];
