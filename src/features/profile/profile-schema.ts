import { z } from 'zod';

import { checkIfChanged, emailSchema, nameText } from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { LOCALES } from '../../ui/i18n/types';
import { profileMessages } from './messages-en';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

// Date.parse rolls 2023-02-31 over into March, so compare the round trip.
function isRealDate(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso);
}

const dateOfBirth = z
  .string()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), {
    message: messageRef(profileMessages, 'profile.dateFormat'),
    abort: true,
  })
  .refine((v) => v === '' || isRealDate(v), {
    message: messageRef(profileMessages, 'profile.dateReal'),
    abort: true,
  })
  .refine((v) => v === '' || (v >= '1900-01-01' && v <= todayIso()), {
    message: messageRef(profileMessages, 'profile.dateRange'),
  });

/** One of the project's languages, or none; a stored other one may stay. */
const locale = z
  .string()
  .refine((v) => v === '' || LOCALES.some((l) => l === v), {
    message: messageRef(profileMessages, 'profile.localeUnknown'),
  });

// Labels are message keys: the "too long" message names the field in the
// language it is shown in.
const rules = {
  email: emailSchema,
  salutation: nameText('profile.salutation', 50),
  title: nameText('profile.titleField', 50),
  firstName: nameText('profile.firstName'),
  middleName: nameText('profile.middleName'),
  lastName: nameText('profile.lastName'),
  dateOfBirth,
  companyName: nameText('profile.companyName'),
  vatId: nameText('profile.vatId', 50),
  locale,
};

export type ProfileField = keyof typeof rules;

/** What the profile form holds: every field as the user typed it. */
export type ProfileValues = Record<ProfileField, string>;

/**
 * The profile form's rules. With `stored`, the values the server holds, a
 * field is checked only once the user changes it: a stored value the API
 * accepted (an old long name, an email without a dot) must not stop the
 * user saving another field.
 */
export function profileSchema(stored?: ProfileValues) {
  const field = (name: ProfileField) =>
    checkIfChanged(rules[name], stored?.[name]);
  return z.object({
    email: field('email'),
    salutation: field('salutation'),
    title: field('title'),
    firstName: field('firstName'),
    middleName: field('middleName'),
    lastName: field('lastName'),
    dateOfBirth: field('dateOfBirth'),
    companyName: field('companyName'),
    vatId: field('vatId'),
    locale: field('locale'),
  });
}

/** The fields in the order the form shows them. */
export const profileFields: readonly ProfileField[] = [
  'email',
  'salutation',
  'title',
  'firstName',
  'middleName',
  'lastName',
  'dateOfBirth',
  'companyName',
  'vatId',
  'locale',
];
