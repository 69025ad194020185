import type { ComponentPropsWithRef, ReactNode } from 'react';

import { FieldMessages } from './field-message';
import { describedBy, fieldId } from './field-ids';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = Omit<ComponentPropsWithRef<'select'>, 'id'> & {
  name: string;
  label: string;
  options: readonly SelectOption[];
  /** Adds a first, empty option with this text. */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
};

export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  ...select
}: SelectFieldProps) {
  const id = fieldId(select.name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        {...select}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      >
        {placeholder !== undefined ? (
          <option value="">{placeholder}</option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
