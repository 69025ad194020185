import {
  type FieldErrors,
  type FieldValues,
  get,
  type Path,
  type UseFormSetError,
} from 'react-hook-form';

import { describeApiError } from '../api/error-messages';
import type { SummaryItem } from './error-summary';
import { toSummaryItems } from './validate';

/**
 * Puts an API error's field messages on the form's fields and returns the
 * rest for the error summary.
 */
export function applyApiError<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] {
  const { fieldErrors, formErrors } = describeApiError(error, fields);
  for (const field of fields) {
    const message = fieldErrors[field];
    if (message) setError(field, { type: 'server', message });
  }
  return formErrors;
}

/** Form-level messages first, then one entry per bad field in form order. */
export function summaryItems<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly Path<T>[],
  formErrors: readonly string[] = [],
): SummaryItem[] {
  const messages = Object.fromEntries(
    fields.map((field) => [field, errorOf(errors, field)]),
  );
  return toSummaryItems(messages, fields, formErrors);
}

/** The message of one field's error, for the field itself. */
export function errorOf<T extends FieldValues>(
  errors: FieldErrors<T>,
  field: Path<T>,
): string | undefined {
  const error: unknown = get(errors, field);
  if (typeof error !== 'object' || error === null) return undefined;
  const message: unknown = 'message' in error ? error.message : undefined;
  return typeof message === 'string' && message ? message : undefined;
}
