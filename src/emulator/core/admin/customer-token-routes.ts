import { errors } from '../errors';
import { json, parseJson } from '../http';
import { authenticate, requireScope } from '../me/caller';
import { checkCustomerVersion } from '../me/versioning';
import {
  belongsToStore,
  findCustomer,
  findForSignIn,
} from '../repositories/customers';
import type { Handler, Params } from '../route';
import type { Context } from '../context';
import type { EmulatorRequest } from '../types';
import {
  asObject,
  fail,
  optBoolean,
  optInt,
  optVersion,
  reqInt,
  reqString,
} from '../validation/read';
import { liveCustomerToken, mintCustomerToken } from './customer-tokens';

/** These routes are server-side only: they need `manage_customers`. */
function adminCaller(ctx: Context, req: EmulatorRequest, params: Params) {
  const token = authenticate(ctx, req);
  requireScope(ctx, token, 'manage_customers', params.storeKey);
  return token;
}

function ttl(value: number | undefined, fallback: number): number {
  const minutes = value ?? fallback;
  if (minutes < 1) fail('ttlMinutes', 'Must be at least 1.');
  return minutes;
}

/** `POST /customers/password-token {email, ttlMinutes?, invalidateOlderTokens?}` */
export const createPasswordToken: Handler = (ctx, req, params) => {
  adminCaller(ctx, req, params);
  const body = asObject(parseJson(req), '');
  const email = reqString(body, 'email', '');
  const minutes = ttl(
    optInt(body, 'ttlMinutes', ''),
    ctx.options.passwordTokenMinutes,
  );
  const invalidate = optBoolean(body, 'invalidateOlderTokens', '') ?? false;
  const record = findForSignIn(ctx, email, params.storeKey);
  if (!record) {
    throw errors.notFound('There is no customer with the given email.');
  }
  return json(
    200,
    mintCustomerToken(ctx, 'password', record.customer, minutes, invalidate),
  );
};

/** `POST /customers/email-token {id, version?, ttlMinutes, invalidateOlderTokens?}` */
export const createEmailToken: Handler = (ctx, req, params) => {
  adminCaller(ctx, req, params);
  const body = asObject(parseJson(req), '');
  const id = reqString(body, 'id', '');
  const version = optVersion(body, 'version', '');
  const minutes = ttl(reqInt(body, 'ttlMinutes', ''), 0);
  const invalidate = optBoolean(body, 'invalidateOlderTokens', '') ?? false;
  const record = findCustomer(ctx, id);
  if (!record || !belongsToStore(record, params.storeKey)) {
    throw errors.resourceNotFound(id);
  }
  if (version !== undefined) checkCustomerVersion(ctx, record, version);
  return json(
    200,
    mintCustomerToken(ctx, 'email', record.customer, minutes, invalidate),
  );
};

function lookup(kind: 'password' | 'email'): Handler {
  return (ctx, req, params) => {
    adminCaller(ctx, req, params);
    const token = liveCustomerToken(ctx, kind, params.value ?? '');
    const record = findCustomer(ctx, token.token.customerId);
    if (!record || !belongsToStore(record, params.storeKey)) {
      throw errors.resourceNotFound(token.token.customerId);
    }
    return json(200, record.customer);
  };
}

/** `GET /customers/password-token={value}`: the customer, if still live. */
export const customerByPasswordToken = lookup('password');
/** `GET /customers/email-token={value}`: the customer, if still live. */
export const customerByEmailToken = lookup('email');
