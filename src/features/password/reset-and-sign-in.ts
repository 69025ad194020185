import type { Customer } from '@commercetools/platform-sdk';

import { signIn, signOut } from '../../api/account-auth';
import { resetPassword } from '../../api/change-password';
import { session } from '../../api/client';

export type ResetOutcome =
  | { kind: 'signed-in'; customer: Customer }
  /** The password changed, but signing in with it did not work. */
  | { kind: 'reset-only' };

/**
 * Redeems the reset token, then signs in with the new password. The reset
 * ends the customer's sessions, and a session of someone else has no
 * business here, so a signed-in session is ended first; the sign-in then
 * runs in a fresh guest session like any other.
 */
export async function resetAndSignIn(
  token: string,
  newPassword: string,
): Promise<ResetOutcome> {
  const customer = await resetPassword(token, newPassword);
  try {
    if (session.getState().status === 'signed-in') await signOut();
    const result = await signIn({
      email: customer.email,
      password: newPassword,
      activeCartSignInMode: 'MergeWithExistingCustomerCart',
    });
    return { kind: 'signed-in', customer: result.customer };
  } catch {
    return { kind: 'reset-only' };
  }
}
