import type { Customer } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { isEmailTaken } from '../repositories/customers';
import { optDate, optString } from '../validation/read';
import { checkOptLocale } from '../validation/locales';
import { reqEmail } from '../validation/values';
import {
  withField,
  type ActionHandler,
  type ActionName,
  type ActionOf,
} from './types';

type TextField =
  | 'firstName'
  | 'lastName'
  | 'middleName'
  | 'title'
  | 'salutation'
  | 'companyName'
  | 'vatId';

/** `set*` for a plain optional text field: no value removes the field. */
function textSetter<N extends ActionName>(
  name: N,
  field: TextField,
): ActionHandler<N> {
  return {
    parse: (raw, path) =>
      ({
        action: name,
        [field]: optString(raw, field, path),
      }) as unknown as ActionOf<N>,
    apply: (customer, action) =>
      withField(
        customer,
        field,
        (action as unknown as Record<string, string | undefined>)[field],
      ),
  };
}

export const setFirstName = textSetter('setFirstName', 'firstName');
export const setLastName = textSetter('setLastName', 'lastName');
export const setMiddleName = textSetter('setMiddleName', 'middleName');
export const setTitle = textSetter('setTitle', 'title');
export const setSalutation = textSetter('setSalutation', 'salutation');
export const setCompanyName = textSetter('setCompanyName', 'companyName');
export const setVatId = textSetter('setVatId', 'vatId');

export const setDateOfBirth: ActionHandler<'setDateOfBirth'> = {
  parse: (raw, path) => ({
    action: 'setDateOfBirth',
    dateOfBirth: optDate(raw, 'dateOfBirth', path),
  }),
  apply: (customer, action) =>
    withField(customer, 'dateOfBirth', action.dateOfBirth),
};

/** A project language, alone or with a region (see `checkLocale`). */
export const setLocale: ActionHandler<'setLocale'> = {
  parse: (raw, path) => ({
    action: 'setLocale',
    locale: optString(raw, 'locale', path),
  }),
  apply: (customer, action, ctx) =>
    withField(
      customer,
      'locale',
      checkOptLocale(action.locale, ctx.options.languages),
    ),
};

/** Case is kept; uniqueness ignores it; a new address is unverified. */
export const changeEmail: ActionHandler<'changeEmail'> = {
  parse: (raw, path) => {
    return { action: 'changeEmail', email: reqEmail(raw, 'email', path) };
  },
  apply: (customer, action, ctx): Customer => {
    if (action.email === customer.email) return customer;
    const stores = customer.stores.map((s) => s.key);
    if (isEmailTaken(ctx, action.email, stores, customer.id)) {
      throw errors.duplicateEmail(action.email);
    }
    return { ...customer, email: action.email, isEmailVerified: false };
  },
};
