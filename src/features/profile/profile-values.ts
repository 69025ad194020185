import type { Customer } from '@commercetools/platform-sdk';

import type { ProfileValues } from './profile-schema';

/** The form's view of a customer: absent fields become empty strings. */
export function customerToProfileValues(customer: Customer): ProfileValues {
  return {
    email: customer.email,
    salutation: customer.salutation ?? '',
    title: customer.title ?? '',
    firstName: customer.firstName ?? '',
    middleName: customer.middleName ?? '',
    lastName: customer.lastName ?? '',
    dateOfBirth: customer.dateOfBirth ?? '',
    companyName: customer.companyName ?? '',
    vatId: customer.vatId ?? '',
    locale: customer.locale ?? '',
  };
}
