import type { ReactNode } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';

import { CheckboxField } from '../../ui/checkbox-field';
import { errorOf } from '../../ui/form-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import type { AddressTextField, AddressValues } from './address-schema';
import { countryOptions } from './countries';
import { postalCodeExample } from './postal-codes';
import { useT } from '../../ui/i18n/use-t';
import { type AddressMessages, addressMessages } from './messages-en';

type TextInput = Exclude<AddressTextField, 'country'>;

/** Labels are message keys, shown in the form's language. */
export const textInputs = {
  streetName: { label: 'address.streetName', autoComplete: 'address-line1' },
  streetNumber: { label: 'address.streetNumber' },
  postalCode: { label: 'address.postalCode', autoComplete: 'postal-code' },
  city: { label: 'address.city', autoComplete: 'address-level2' },
  firstName: {
    label: 'address.firstName',
    autoComplete: 'given-name',
    optional: true,
  },
  lastName: {
    label: 'address.lastName',
    autoComplete: 'family-name',
    optional: true,
  },
  phone: {
    label: 'address.phone',
    autoComplete: 'tel',
    type: 'tel',
    optional: true,
  },
} as const satisfies Record<
  TextInput,
  {
    label: keyof AddressMessages;
    autoComplete?: string;
    optional?: boolean;
    type?: string;
  }
>;

const textOrder = Object.keys(textInputs) as TextInput[];

interface Props {
  form: UseFormReturn<AddressValues>;
  /** Rendered after the field of that name, e.g. a conflict choice. */
  after: (field: keyof AddressValues) => ReactNode;
}

/** Country first: it decides the postal-code rule shown and checked. */
export function AddressFields({ form, after }: Props) {
  const t = useT(addressMessages);
  const { register, setValue, control } = form;
  const { errors } = form.formState;
  const country = useWatch({ control, name: 'country' });
  const example = postalCodeExample(country);

  return (
    <>
      <SelectField
        {...register('country', { deps: ['postalCode'] })}
        label={t('address.country')}
        autoComplete="country"
        options={countryOptions(country, t.locale).map((c) => ({
          value: c.code,
          label: c.name,
        }))}
        error={errorOf(errors, 'country')}
      />
      {after('country')}
      {textOrder.map((field) => {
        const input: {
          label: keyof AddressMessages;
          autoComplete?: string;
          optional?: boolean;
          type?: string;
        } = textInputs[field];
        const { optional, label, ...rest } = input;
        return (
          <div key={field}>
            <TextField
              {...register(field)}
              {...rest}
              label={t(label)}
              hint={
                optional
                  ? t('address.optional')
                  : field === 'postalCode' && example
                    ? t('address.example', { example })
                    : undefined
              }
              error={errorOf(errors, field)}
            />
            {after(field)}
          </div>
        );
      })}
      <fieldset className="choice-group">
        <legend>{t('address.useThis')}</legend>
        <CheckboxField
          {...register('shipping', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (!e.target.checked) setValue('defaultShipping', false);
            },
          })}
          label={t('address.useShipping')}
        />
        <CheckboxField
          {...register('billing', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (!e.target.checked) setValue('defaultBilling', false);
            },
          })}
          label={t('address.useBilling')}
        />
        <CheckboxField
          {...register('defaultShipping', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (e.target.checked) setValue('shipping', true);
            },
          })}
          label={t('address.defaultShipping')}
        />
        <CheckboxField
          {...register('defaultBilling', {
            onChange: (e: { target: { checked: boolean } }) => {
              if (e.target.checked) setValue('billing', true);
            },
          })}
          label={t('address.defaultBilling')}
        />
      </fieldset>
      {after('shipping')}
      {after('billing')}
      {after('defaultShipping')}
      {after('defaultBilling')}
    </>
  );
}
