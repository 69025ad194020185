import { useEffect, useRef } from 'react';
import type {
  FieldValues,
  Path,
  PathValue,
  UseFormReturn,
} from 'react-hook-form';

import { saveDraft, takeDraft } from './form-drafts';
import { addGuard, announceRestored } from './unsaved-changes';

interface Options<T extends FieldValues> {
  /** One id per form (and per edited item), e.g. 'profile'. */
  formId: string;
  /** The customer the values belong to; drafts return only to them. */
  owner: string;
  form: UseFormReturn<T>;
  /**
   * The values without the user's changes. Defaults to the form's default
   * values, which a `reset(values)` replaces: pass the server's values when
   * a form resets to something that still holds unsaved changes.
   */
  baseline?: T;
}

/**
 * Guards a react-hook-form form: leaving with unsaved changes asks first
 * (the app's guard does the asking), and when the session ends under it
 * the values are kept as a draft and put back when the same customer
 * returns to the same form.
 */
export function useUnsavedChanges<T extends FieldValues>(options: Options<T>) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(
    () =>
      addGuard({
        isDirty: () => {
          const { form, baseline } = latest.current;
          const base = baseline ?? form.formState.defaultValues ?? {};
          return differs(form.getValues(), base);
        },
        keepDraft: () => {
          const { formId, owner, form } = latest.current;
          saveDraft(formId, owner, form.getValues());
        },
      }),
    [],
  );

  const { formId, owner, form } = options;
  useEffect(() => {
    const values = takeDraft(formId, owner);
    if (!values) return;
    const current = form.getValues();
    for (const [name, value] of Object.entries(values)) {
      if (!(name in current)) continue;
      form.setValue(name as Path<T>, value as PathValue<T, Path<T>>, {
        shouldDirty: true,
      });
    }
    announceRestored();
  }, [formId, owner, form]);
}

function differs(values: object, base: object): boolean {
  const a = values as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].some((name) => (a[name] ?? '') !== (b[name] ?? ''));
}
