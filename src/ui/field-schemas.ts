import * as z from 'zod/mini';

import { messageRef } from './i18n/catalogue';
import { coreMessages } from './i18n/messages-en';

// zod/mini: these schemas ship with the first page, where size counts.
// Full zod schemas can use them as fields all the same. Their messages are
// message references, shown in the UI's language where they are rendered.

export const PASSWORD_MIN_LENGTH = 8;

/**
 * The longest name (first, middle, last, company…) the app accepts, the
 * same at sign-up and in the profile. The API sets no documented limit;
 * 256 is long enough for any real name and still fits an address label.
 */
export const NAME_MAX_LENGTH = 256;

const EMAIL_REQUIRED = messageRef(coreMessages, 'field.emailRequired');

/**
 * Identifies an existing customer (sign-in): only "required". The API
 * does no syntactic check at all, so a stored email may be anything, and
 * a stricter rule here would lock real customers out.
 */
export const existingEmailSchema = z
  .string()
  .check(z.trim(), z.minLength(1, EMAIL_REQUIRED));

/**
 * An email being chosen (sign-up, email change): something@something
 * without spaces. Deliberately permissive: international addresses such
 * as jörg@müller.de, tags like user!tag@example.com and host-only domains
 * like user@localhost are valid and the API takes them.
 */
export const emailSchema = z.string().check(
  z.trim(),
  // One message at a time: the first rule broken is the one to fix.
  z.minLength(1, { message: EMAIL_REQUIRED, abort: true }),
  z.regex(/^\S*$/, {
    message: messageRef(coreMessages, 'field.emailSpaces'),
    abort: true,
  }),
  z.regex(/^\S+@[^\s@]+$/, messageRef(coreMessages, 'field.emailFormat')),
);

/** For a password being chosen; signing in accepts whatever was chosen. */
export const newPasswordSchema = z.string().check(
  z.minLength(
    PASSWORD_MIN_LENGTH,
    messageRef(coreMessages, 'field.passwordTooShort', {
      min: PASSWORD_MIN_LENGTH,
    }),
  ),
);

export const currentPasswordSchema = z
  .string()
  .check(z.minLength(1, messageRef(coreMessages, 'field.passwordRequired')));

export function requiredText(message: string) {
  return z.string().check(z.trim(), z.minLength(1, message));
}

const tooLong = (label: string, max: number) =>
  messageRef(coreMessages, 'field.tooLong', { label, max });

/**
 * An optional name-like text; `label` names it in the message: a message
 * key, translated with the message, or a text shown as it is.
 */
export function nameText(label: string, max = NAME_MAX_LENGTH) {
  return z.string().check(z.trim(), z.maxLength(max, tooLong(label, max)));
}

/** A name that must be given, e.g. the first name at sign-up. */
export function requiredName(label: string, message: string) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message, abort: true }),
      z.maxLength(NAME_MAX_LENGTH, tooLong(label, NAME_MAX_LENGTH)),
    );
}

/**
 * Checks a text field with `schema` only when the user changed it from
 * `stored`, the value the server holds. Whatever the API accepted before
 * must not block saving another field: the user may not even see why.
 * The value is passed on as typed; the schema's transforms do not apply.
 */
export function checkIfChanged(
  schema: z.ZodMiniType<unknown, string>,
  stored: string | undefined,
) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      if (stored !== undefined && value.trim() === stored.trim()) return;
      const result = schema.safeParse(value);
      if (result.success) return;
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, input: value });
      }
    }),
  );
}
