import { z } from 'zod';

import { checkIfChanged, nameText } from '../../ui/field-schemas';
import { countryName } from './countries';
import { isValidPostalCode, postalCodeExample } from './postal-codes';
import { messageRef } from '../../ui/i18n/catalogue';
import type { Locale } from '../../ui/i18n/types';
import { addressMessages } from './messages-en';

// Messages are message references: the form shows them in its language.
const m = addressMessages;

const required = (message: string) =>
  z.string().trim().min(1, message).max(100, messageRef(m, 'address.tooLong'));

const rules = {
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, messageRef(m, 'address.chooseCountry')),
  streetName: required(messageRef(m, 'address.enterStreet')),
  streetNumber: required(messageRef(m, 'address.enterNumber')),
  city: required(messageRef(m, 'address.enterCity')),
  // The same name rule as sign-up and the profile.
  firstName: nameText('address.firstName'),
  lastName: nameText('address.lastName'),
  phone: z
    .string()
    .regex(/^[+\d\s()/-]*$/, messageRef(m, 'address.phoneDigits')),
};

type TextRule = keyof typeof rules;

/**
 * The address form's rules. With `stored`, the address as the server
 * holds it, a field is checked only once the user changes it (the postal
 * code once it or the country changes): an address saved elsewhere must
 * not stop the user from, say, making it the default. `locale` names the
 * country in the postal-code message.
 */
export function addressSchemaFor(stored?: AddressValues, locale?: Locale) {
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
          message: messageRef(m, 'address.enterPostalCode'),
        });
      } else if (!isValidPostalCode(values.country, values.postalCode)) {
        const example = postalCodeExample(values.country);
        const country = countryName(values.country, locale);
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message: example
            ? messageRef(m, 'address.postalCodeForExample', {
                country,
                example,
              })
            : messageRef(m, 'address.postalCodeFor', { country }),
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
