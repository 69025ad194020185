import {
  liveCustomerToken,
  mintCustomerToken,
} from '../core/admin/customer-tokens';
import { json, empty, parseJson } from '../core/http';
import { findForSignIn } from '../core/repositories/customers';
import type { Handler } from '../core/route';
import { asObject, optString, reqString } from '../core/validation/read';

/** Reset links work for an hour: long enough to find the mail, no more. */
export const RESET_TOKEN_MINUTES = 60;

/**
 * `POST /account-service/password-reset {email, storeKey?}`: 202 whether
 * or not the email has an account, so the answer reveals nothing. When it
 * does, a fresh token replaces older ones and the mail lands in the outbox.
 */
export const requestPasswordReset: Handler = (ctx, req) => {
  const body = asObject(parseJson(req), '');
  const email = reqString(body, 'email', '').trim();
  const storeKey = optString(body, 'storeKey', '');
  const knownStore =
    storeKey === undefined ||
    ctx.options.stores.some((store) => store.key === storeKey);
  const record = knownStore ? findForSignIn(ctx, email, storeKey) : undefined;
  if (record) {
    mintCustomerToken(
      ctx,
      'password',
      record.customer,
      RESET_TOKEN_MINUTES,
      true,
    );
  }
  return empty(202);
};

/**
 * `POST /account-service/password-reset/check {token}`: 200 with the
 * expiry while the token can be redeemed; the API's own 400 when it has
 * expired and 404 when it is unknown or used. Nothing about the customer.
 */
export const checkPasswordReset: Handler = (ctx, req) => {
  const body = asObject(parseJson(req), '');
  const record = liveCustomerToken(
    ctx,
    'password',
    reqString(body, 'token', ''),
  );
  return json(200, { expiresAt: record.token.expiresAt });
};
