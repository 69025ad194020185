import { z } from 'zod';

import { emailSchema } from '../../ui/field-schemas';

const text = (label: string, max = 100) =>
  z.string().max(max, `${label} can have at most ${max} characters.`);

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
    message: 'Enter the date as YYYY-MM-DD.',
  })
  .refine((v) => v === '' || isRealDate(v), {
    message: 'Enter a real date.',
  })
  .refine((v) => v === '' || (v >= '1900-01-01' && v <= todayIso()), {
    message: 'Enter a date between 1900 and today.',
  });

export const profileSchema = z.object({
  email: emailSchema,
  salutation: text('Salutation', 50),
  title: text('Title', 50),
  firstName: text('First name'),
  middleName: text('Middle name'),
  lastName: text('Last name'),
  dateOfBirth,
  companyName: text('Company'),
  vatId: text('VAT ID', 50),
});

/** What the profile form holds: every field as the user typed it. */
export type ProfileValues = z.input<typeof profileSchema>;

export type ProfileField = keyof ProfileValues;

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
];
