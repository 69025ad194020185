import * as z from 'zod/mini';

import {
  currentPasswordSchema,
  existingEmailSchema,
} from '../../ui/field-schemas';

export const cartModes = [
  'MergeWithExistingCustomerCart',
  'UseAsNewActiveCustomerCart',
] as const;

export const signInSchema = z.object({
  // Whatever the customer signed up with: the API checks no email syntax.
  email: existingEmailSchema,
  password: currentPasswordSchema,
  activeCartSignInMode: z.enum(cartModes),
});

export type SignInValues = z.infer<typeof signInSchema>;

export const signInFields = [
  'email',
  'password',
] as const satisfies readonly (keyof SignInValues)[];
