import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';

import type { ProfileField, ProfileValues } from './profile-schema';
import { customerToProfileValues } from './profile-values';

type Setter = (value: string | undefined) => MyCustomerUpdateAction;

// An absent value unsets the field, so it is left out of the action rather
// than sent as an empty string.
const setters: Record<Exclude<ProfileField, 'email'>, Setter> = {
  salutation: (v) => ({ action: 'setSalutation', ...(v && { salutation: v }) }),
  title: (v) => ({ action: 'setTitle', ...(v && { title: v }) }),
  firstName: (v) => ({ action: 'setFirstName', ...(v && { firstName: v }) }),
  middleName: (v) => ({
    action: 'setMiddleName',
    ...(v && { middleName: v }),
  }),
  lastName: (v) => ({ action: 'setLastName', ...(v && { lastName: v }) }),
  dateOfBirth: (v) => ({
    action: 'setDateOfBirth',
    ...(v && { dateOfBirth: v }),
  }),
  companyName: (v) => ({
    action: 'setCompanyName',
    ...(v && { companyName: v }),
  }),
  vatId: (v) => ({ action: 'setVatId', ...(v && { vatId: v }) }),
  locale: (v) => ({ action: 'setLocale', ...(v && { locale: v }) }),
};

const setterOrder = Object.keys(setters) as (keyof typeof setters)[];

/**
 * The update actions that turn `customer` into what the form holds: one per
 * changed field, in a fixed order, none when nothing changed.
 */
export function profileToActions(
  customer: Customer,
  values: ProfileValues,
): MyCustomerUpdateAction[] {
  const current = customerToProfileValues(customer);
  const actions: MyCustomerUpdateAction[] = [];

  // No changeEmail here: the email has its own page, which asks for the
  // password again and offers a new verification (features/email).
  for (const field of setterOrder) {
    const next = values[field].trim();
    if (next !== current[field].trim()) {
      actions.push(setters[field](next === '' ? undefined : next));
    }
  }
  return actions;
}
