import type { Customer } from '@commercetools/platform-sdk';

import { apiFetch, me } from './client';

/** `POST /me/email/confirm`: any session may redeem a verification token. */
export function confirmEmail(tokenValue: string): Promise<Customer> {
  return apiFetch<Customer>(me('/email/confirm'), {
    method: 'POST',
    body: { tokenValue },
  });
}
