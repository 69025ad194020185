import type { Context } from '../context';
import { errors } from '../errors';
import { bearerToken } from '../http';
import { hasScope } from '../oauth/scopes';
import { belongsToStore, findCustomer } from '../repositories/customers';
import { findAccessToken } from '../repositories/tokens';
import type { AccessTokenRecord, CustomerRecord } from '../state';
import type { EmulatorRequest } from '../types';

/** A live bearer token, or 401 invalid_token. */
export function authenticate(
  ctx: Context,
  req: EmulatorRequest,
): AccessTokenRecord {
  const value = bearerToken(req);
  const token = value ? findAccessToken(ctx, value) : undefined;
  if (!token) throw errors.invalidToken();
  return token;
}

/** 403 insufficient_scope unless the token holds `name` (or its store form). */
export function requireScope(
  ctx: Context,
  token: AccessTokenRecord,
  name: string,
  storeKey?: string,
): void {
  if (!hasScope(ctx, token, name, storeKey)) {
    throw errors.insufficientScope([name]);
  }
}

/**
 * The customer the token is bound to. A token without `customer_id`
 * (client credentials, anonymous session) never reaches a profile: it
 * gets a 403 shaped like insufficient_scope naming `customer_id`. A
 * customer that is gone, or bound to another store, is a 404.
 */
export function requireCustomer(
  ctx: Context,
  token: AccessTokenRecord,
  storeKey?: string,
): CustomerRecord {
  if (!token.customerId) throw errors.insufficientScope(['customer_id']);
  const record = findCustomer(ctx, token.customerId);
  if (!record || !belongsToStore(record, storeKey)) {
    throw errors.resourceNotFound(token.customerId);
  }
  return record;
}

/** Authenticates and checks `manage_my_profile` for a /me route. */
export function profileCaller(
  ctx: Context,
  req: EmulatorRequest,
  storeKey?: string,
): AccessTokenRecord {
  const token = authenticate(ctx, req);
  requireScope(ctx, token, 'manage_my_profile', storeKey);
  return token;
}
