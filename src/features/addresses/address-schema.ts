import { z } from 'zod';

import { checkIfChanged, nameText } from '../../ui/field-schemas';
import { countryName } from './countries';
import { isValidPostalCode, postalCodeExample } from './postal-codes';

const required = (message: string) =>
  z.string().trim().min(1, message).max(100, 'Use at most 100 characters.');

const rules = {
  country: z.string().regex(/^[A-Z]{2}$/, 'Choose a country.'),
  streetName: required('Enter the street.'),
  streetNumber: required('Enter the house number.'),
  city: required('Enter the city.'),
  // The same name rule as sign-up and the profile.
  firstName: nameText('First name'),
  lastName: nameText('Last name'),
  phone: z
    .string()
    .regex(/^[+\d\s()/-]*$/, 'Enter a phone number with digits only.'),
};

type TextRule = keyof typeof rules;

/**
 * The address form's rules. With `stored`, the address as the server
 * holds it, a field is checked only once the user changes it (the postal
 * code once it or the country changes): an address saved elsewhere must
 * not stop the user from, say, making it the default.
 */
export function addressSchemaFor(stored?: AddressValues) {
  const field = (name: TextRule) => checkIfChanged(rules[name], stored?.[name]);
  return z
    .object({
      country: field('country'),
      streetName: field('streetName'),
      streetNumber: field('streetNumber'),
      postalCode: z.string(),
      city: field('city'),
      firstName: field('firstName'),
      lastName: field('lastName'),
      phone: field('phone'),
      shipping: z.boolean(),
      billing: z.boolean(),
      defaultShipping: z.boolean(),
      defaultBilling: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const unchanged =
        stored !== undefined &&
        stored.country === values.country &&
        stored.postalCode.trim() === values.postalCode.trim();
      if (unchanged) return;
      if (values.postalCode.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message: 'Enter the postal code.',
        });
      } else if (!isValidPostalCode(values.country, values.postalCode)) {
        const example = postalCodeExample(values.country);
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message:
            `This is not a postal code for ${countryName(values.country)}` +
            (example ? `, e.g. ${example}.` : '.'),
        });
      }
    });
}

/** The rules for a new address: every field is checked. */
export const addressSchema = addressSchemaFor();

/** What the address form holds: text as typed, plus the list flags. */
export type AddressValues = {
  [K in TextRule | 'postalCode']: string;
} & {
  shipping: boolean;
  billing: boolean;
  defaultShipping: boolean;
  defaultBilling: boolean;
};

export type AddressTextField = {
  [K in keyof AddressValues]: AddressValues[K] extends string ? K : never;
}[keyof AddressValues];
