import { z } from 'zod';

import { countryName } from './countries';
import { isValidPostalCode, postalCodeExample } from './postal-codes';

const required = (message: string) =>
  z.string().trim().min(1, message).max(100, 'Use at most 100 characters.');
const optional = z.string().max(100, 'Use at most 100 characters.');

export const addressSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'Choose a country.'),
    streetName: required('Enter the street.'),
    streetNumber: required('Enter the house number.'),
    postalCode: z.string(),
    city: required('Enter the city.'),
    firstName: optional,
    lastName: optional,
    phone: z
      .string()
      .regex(/^[+\d\s()/-]*$/, 'Enter a phone number with digits only.'),
    shipping: z.boolean(),
    billing: z.boolean(),
    defaultShipping: z.boolean(),
    defaultBilling: z.boolean(),
  })
  .superRefine((values, ctx) => {
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

/** What the address form holds: text as typed, plus the list flags. */
export type AddressValues = z.input<typeof addressSchema>;

export type AddressTextField = {
  [K in keyof AddressValues]: AddressValues[K] extends string ? K : never;
}[keyof AddressValues];
