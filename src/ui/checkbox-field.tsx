import type { ComponentPropsWithRef, ReactNode } from 'react';

import { FieldMessages } from './field-message';
import { describedBy, fieldId } from './field-ids';

export type CheckboxFieldProps = Omit<
  ComponentPropsWithRef<'input'>,
  'id' | 'type'
> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

export function CheckboxField({
  label,
  hint,
  error,
  ...input
}: CheckboxFieldProps) {
  const id = fieldId(input.name);
  return (
    <div className="field field-checkbox">
      <input
        {...input}
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
