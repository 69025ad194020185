import { mintCustomerToken } from '../core/admin/customer-tokens';
import { ApiError } from '../core/errors';
import { empty, errorResponse } from '../core/http';
import { authenticate, requireCustomer, requireScope } from '../core/me/caller';
import type { Handler } from '../core/route';
import type { Context } from '../core/context';
import type { EmulatorRequest } from '../core/types';
import { asObject, optString } from '../core/validation/read';

export const VERIFY_TOKEN_MINUTES = 24 * 60;
/** One verification mail per customer per minute. */
export const VERIFY_COOLDOWN_SECONDS = 60;

function optionalBody(req: EmulatorRequest) {
  if (req.body.trim() === '') return {};
  try {
    return asObject(JSON.parse(req.body) as unknown, '');
  } catch {
    return {};
  }
}

/** Seconds until this customer may get another mail; 0 when now. */
function cooldownLeft(ctx: Context, customerId: string): number {
  const last = ctx.state.outbox
    .filter(
      (m) => m.kind === 'email-verification' && m.customerId === customerId,
    )
    .map((m) => Date.parse(m.createdAt))
    .reduce((a, b) => Math.max(a, b), -Infinity);
  const left = last + VERIFY_COOLDOWN_SECONDS * 1000 - ctx.now();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

function tooManyRequests(seconds: number) {
  const error = new ApiError(429, [
    {
      code: 'TooManyRequests',
      message: `Wait ${seconds} seconds before asking for another email.`,
      retryAfterSeconds: seconds,
    },
  ]);
  const answer = errorResponse(error);
  return {
    ...answer,
    headers: { ...answer.headers, 'retry-after': `${seconds}` },
  };
}

/**
 * `POST /account-service/email-verification` with the customer's bearer
 * token (body `{storeKey?}`): the token says who the customer is, exactly
 * as `GET /me` would. 202 and a mail in the outbox, or nothing to do when
 * the email is verified already; 429 within a minute of the last mail.
 */
export const requestEmailVerification: Handler = (ctx, req) => {
  const storeKey = optString(optionalBody(req), 'storeKey', '');
  const token = authenticate(ctx, req);
  requireScope(ctx, token, 'manage_my_profile', storeKey);
  const record = requireCustomer(ctx, token, storeKey);
  if (record.customer.isEmailVerified) return empty(202);
  const wait = cooldownLeft(ctx, record.customer.id);
  if (wait > 0) return tooManyRequests(wait);
  mintCustomerToken(ctx, 'email', record.customer, VERIFY_TOKEN_MINUTES, true);
  return empty(202);
};
