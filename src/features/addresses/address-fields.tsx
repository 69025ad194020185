import type { ReactNode } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';

import { CheckboxField } from '../../ui/checkbox-field';
import { errorOf } from '../../ui/form-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import type { AddressTextField, AddressValues } from './address-schema';
import { countryOptions } from './countries';
import { postalCodeExample } from './postal-codes';

type TextInput = Exclude<AddressTextField, 'country'>;

export const textInputs: Record<
  TextInput,
  { label: string; autoComplete?: string; optional?: boolean; type?: string }
> = {
  streetName: { label: 'Street', autoComplete: 'address-line1' },
  streetNumber: { label: 'House number' },
  postalCode: { label: 'Postal code', autoComplete: 'postal-code' },
  city: { label: 'City', autoComplete: 'address-level2' },
  firstName: {
    label: 'First name',
    autoComplete: 'given-name',
    optional: true,
  },
  lastName: { label: 'Last name', autoComplete: 'family-name', optional: true },
  phone: { label: 'Phone', autoComplete: 'tel', type: 'tel', optional: true },
};

const textOrder = Object.keys(textInputs) as TextInput[];

interface Props {
  form: UseFormReturn<AddressValues>;
  /** Rendered after the field of that name, e.g. a conflict choice. */
  after: (field: keyof AddressValues) => ReactNode;
}

/** Country first: it decides the postal-code rule shown and checked. */
export function AddressFields({ form, after }: Props) {
  const { register, setValue, control } = form;
  const { errors } = form.formState;
  const country = useWatch({ control, name: 'country' });
  const example = postalCodeExample(country);

  return (
    <>
      <SelectField
        {...register('country', { deps: ['postalCode'] })}
        label="Country"
        autoComplete="country"
        options={countryOptions(country).map((c) => ({
          value: c.code,
          label: c.name,
        }))}
        error={errorOf(errors, 'country')}
      />
      {after('country')}
      {textOrder.map((field) => {
        const { optional, ...input } = textInputs[field];
        return (
          <div key={field}>
            <TextField
              {...register(field)}
              {...input}
              hint={
                optional
                  ? 'Optional.'
                  : field === 'postalCode' && example
                    ? `For example ${example}.`
                    : undefined
              }
              error={errorOf(errors, field)}
            />
            {after(field)}
          </div>
        );
      })}
      <fieldset className="choice-group">
        <legend>Use this address</legend>
        <CheckboxField
          {...register('shipping', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (!e.target.checked) setValue('defaultShipping', false);
            },
          })}
          label="Use for shipping"
        />
        <CheckboxField
          {...register('billing', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (!e.target.checked) setValue('defaultBilling', false);
            },
          })}
          label="Use for billing"
        />
        <CheckboxField
          {...register('defaultShipping', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (e.target.checked) setValue('shipping', true);
            },
          })}
          label="Default shipping"
        />
        <CheckboxField
          {...register('defaultBilling', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (e.target.checked) setValue('billing', true);
            },
          })}
          label="Default billing"
        />
      </fieldset>
      {after('shipping')}
      {after('billing')}
      {after('defaultShipping')}
      {after('defaultBilling')}
    </>
  );
}
