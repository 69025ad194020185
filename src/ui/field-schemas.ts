import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .pipe(z.email('Enter an email address like name@example.com.'));

/** For a password being chosen; signing in accepts whatever was chosen. */
export const newPasswordSchema = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    `Password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
  );

export const currentPasswordSchema = z.string().min(1, 'Enter your password.');

export function requiredText(message: string) {
  return z.string().trim().min(1, message);
}
