import type { ComponentPropsWithRef, ReactNode } from 'react';

import { FieldMessages } from './field-message';
import { describedBy, fieldId } from './field-ids';

export type TextFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Shown under the field; also marks it invalid. */
  error?: ReactNode;
};

/**
 * A labelled input. Spread `register('name')` into it; it wires the id,
 * `aria-invalid` and `aria-describedby` itself.
 */
export function TextField({
  label,
  hint,
  error,
  type = 'text',
  className,
  ...input
}: TextFieldProps) {
  const id = fieldId(input.name);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
