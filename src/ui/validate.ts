import type * as z from 'zod/mini';

import type { SummaryItem } from './error-summary';

export type FieldMessages = Record<string, string>;

export type Validation<T> =
  { ok: true; values: T } | { ok: false; fieldErrors: FieldMessages };

/**
 * Runs a schema over raw form input and keeps the first message per field,
 * for forms that do without react-hook-form.
 */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
): Validation<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, values: result.data };
  const fieldErrors: FieldMessages = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

/** Form-level messages first, then one entry per bad field in form order. */
export function toSummaryItems(
  fieldErrors: Partial<FieldMessages>,
  fields: readonly string[],
  formErrors: readonly string[] = [],
): SummaryItem[] {
  const items: SummaryItem[] = formErrors.map((message) => ({ message }));
  for (const field of fields) {
    const message = fieldErrors[field];
    if (message) items.push({ field, message });
  }
  return items;
}
