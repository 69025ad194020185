import { type BaseSyntheticEvent, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

import { applyApiError } from './form-errors';

/** What a form does with an error `run` threw: messages for the summary. */
export type SubmitErrorHandler = (
  error: unknown,
) => string[] | undefined | Promise<string[] | undefined>;

interface FormSubmit {
  /** For the form's `onSubmit`: validates, then runs once at a time. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Form-level messages from the last attempt, for the error summary. */
  formErrors: string[];
}

/**
 * Submits a react-hook-form form one request at a time: a submit while
 * one is on its way does nothing, whether or not the button has been
 * disabled yet (`SubmitButton` is the other guard). `run` gets the valid
 * values. What it throws goes on the
 * fields it names and into the summary, unless `onError` returns the
 * messages to show instead (an empty list for none); returning
 * `undefined` leaves the error to the default.
 */
export function useFormSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  fields: readonly Path<T>[],
  run: (values: T) => Promise<void>,
  onError?: SubmitErrorHandler,
): FormSubmit {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const inFlight = useRef(false);
  const submit = form.handleSubmit(async (values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormErrors([]);
    try {
      await run(values);
    } catch (error) {
      const shown = await onError?.(error);
      setFormErrors(shown ?? applyApiError(error, fields, form.setError));
    } finally {
      inFlight.current = false;
    }
  });
  return { submit, formErrors };
}
