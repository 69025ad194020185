import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { describeApiError } from '../../api/error-messages';
import type { SummaryItem } from '../../ui/error-summary';

/**
 * Puts an API error's field messages on the form's fields and returns the
 * whole list for the error summary, form-level messages first.
 */
export function showApiError<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): SummaryItem[] {
  const { fieldErrors, formErrors } = describeApiError(error, fields);
  const items: SummaryItem[] = formErrors.map((message) => ({ message }));
  for (const field of fields) {
    const message = fieldErrors[field];
    if (!message) continue;
    setError(field, { type: 'server', message });
    items.push({ field, message });
  }
  return items;
}
