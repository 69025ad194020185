import type { ErrorResponse } from '@commercetools/platform-sdk';

import { ApiError } from './api-error';
import { authClient } from './client';

const WRONG: ErrorResponse = {
  statusCode: 400,
  message: 'The given current password does not match.',
  errors: [
    {
      code: 'InvalidCurrentPassword',
      message: 'The given current password does not match.',
    },
  ],
};

/**
 * A fresh password check before a sensitive change. It runs the password
 * flow, whose tokens are never adopted and are revoked at once, so the
 * session stays as it is. `/me/login` is not used: it is a sign-in, with
 * cart merging, not a check. A wrong password throws the API's
 * InvalidCurrentPassword, which the error table puts on the password field.
 *
 * Known shortcoming: the API does not ask for the password on changeEmail
 * or DELETE /me, so this guards the app (someone at an unlocked, signed-in
 * device), not a stolen access token.
 */
export async function confirmPassword(
  email: string,
  password: string,
): Promise<void> {
  let refreshToken: string | undefined;
  try {
    refreshToken = (await authClient.password(email, password)).refresh_token;
  } catch (error) {
    if (error instanceof ApiError && isWrongCredentials(error)) {
      throw new ApiError(400, WRONG);
    }
    throw error;
  }
  if (refreshToken) void authClient.revoke(refreshToken);
}

function isWrongCredentials(error: ApiError): boolean {
  return (
    error.status === 400 &&
    (error.hasCode('invalid_customer_account_credentials') ||
      error.hasCode('InvalidCredentials'))
  );
}
