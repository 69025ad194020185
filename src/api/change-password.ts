import type { Customer } from '@commercetools/platform-sdk';

import { apiFetch, authClient, me, session } from './client';

/** `POST /me/password`; a wrong current password is a 400, not a 401. */
export function changePassword(
  version: number,
  currentPassword: string,
  newPassword: string,
): Promise<Customer> {
  return apiFetch<Customer>(me('/password'), {
    method: 'POST',
    body: { version, currentPassword, newPassword },
  });
}

/**
 * Signs in again with the new password, replacing the session's tokens:
 * the platform may end a customer's tokens when the password changes.
 */
export async function renewSession(email: string, password: string) {
  session.adoptCustomer(await authClient.password(email, password));
}

/** `POST /me/password/reset` with the token from a reset email. */
export function resetPassword(
  tokenValue: string,
  newPassword: string,
): Promise<Customer> {
  return apiFetch<Customer>(me('/password/reset'), {
    method: 'POST',
    body: { tokenValue, newPassword },
  });
}
