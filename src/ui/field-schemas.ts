import * as z from 'zod/mini';

// zod/mini: these schemas ship with the first page, where size counts.
// Full zod schemas can use them as fields all the same.

export const PASSWORD_MIN_LENGTH = 8;

export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'Enter your email address.')),
  z.email('Enter an email address like name@example.com.'),
);

/** For a password being chosen; signing in accepts whatever was chosen. */
export const newPasswordSchema = z
  .string()
  .check(
    z.minLength(
      PASSWORD_MIN_LENGTH,
      `Password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    ),
  );

export const currentPasswordSchema = z
  .string()
  .check(z.minLength(1, 'Enter your password.'));

export function requiredText(message: string) {
  return z.string().check(z.trim(), z.minLength(1, message));
}
