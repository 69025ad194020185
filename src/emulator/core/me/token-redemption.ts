import { liveCustomerToken } from '../admin/customer-tokens';
import { errors } from '../errors';
import { json, parseJson } from '../http';
import { hashPassword, maskPassword } from '../password';
import { invalidateCustomerTokens } from '../repositories/customer-tokens';
import {
  belongsToStore,
  findCustomer,
  saveCustomer,
} from '../repositories/customers';
import { revokeCustomerTokens } from '../repositories/tokens';
import type { Handler } from '../route';
import { asObjectOf, reqString } from '../validation/read';
import { reqPassword } from '../validation/values';
import { profileCaller } from './caller';
import { stamp } from '../versioning';

/**
 * `POST /me/password/reset {tokenValue, newPassword}`: any token with
 * `manage_my_profile` may call it; the reset token names the customer.
 * Afterwards that customer's reset tokens and sessions all end.
 */
export const resetPassword: Handler = async (ctx, req, params) => {
  const caller = profileCaller(ctx, req, params.storeKey);
  const body = asObjectOf(parseJson(req), '', ['tokenValue', 'newPassword']);
  const tokenValue = reqString(body, 'tokenValue', '');
  const newPassword = reqPassword(body, 'newPassword', '');
  liveCustomerToken(ctx, 'password', tokenValue);
  const hash = await hashPassword(newPassword);
  // Checked again after the await, so a token is redeemed once only.
  const token = liveCustomerToken(ctx, 'password', tokenValue);
  const record = findCustomer(ctx, token.token.customerId);
  if (!record || !belongsToStore(record, params.storeKey)) {
    throw errors.resourceNotFound(token.token.customerId);
  }
  record.passwordHash = hash;
  record.customer = stamp(
    ctx,
    { ...record.customer, password: maskPassword(hash) },
    1,
    caller,
  );
  saveCustomer(ctx, record);
  invalidateCustomerTokens(ctx, record.customer.id, 'password');
  revokeCustomerTokens(ctx, record.customer.id);
  return json(200, record.customer);
};

/** `POST /me/email/confirm {tokenValue}`: marks the email verified. */
export const confirmEmail: Handler = (ctx, req, params) => {
  const caller = profileCaller(ctx, req, params.storeKey);
  const body = asObjectOf(parseJson(req), '', ['tokenValue']);
  const token = liveCustomerToken(
    ctx,
    'email',
    reqString(body, 'tokenValue', ''),
  );
  const record = findCustomer(ctx, token.token.customerId);
  if (!record || !belongsToStore(record, params.storeKey)) {
    throw errors.resourceNotFound(token.token.customerId);
  }
  const changed = !record.customer.isEmailVerified;
  record.customer = stamp(
    ctx,
    { ...record.customer, isEmailVerified: true },
    changed ? 1 : 0,
    caller,
  );
  saveCustomer(ctx, record);
  invalidateCustomerTokens(ctx, record.customer.id, 'email');
  return json(200, record.customer);
};
