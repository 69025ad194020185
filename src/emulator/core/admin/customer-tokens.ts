import type { Customer, CustomerToken } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { errors } from '../errors';
import { customerTokenValue, uuid } from '../ids';
import {
  insertCustomerToken,
  invalidateCustomerTokens,
  findCustomerToken,
} from '../repositories/customer-tokens';
import type { CustomerTokenKind, CustomerTokenRecord } from '../state';

const OUTBOX_KIND = {
  password: 'password-reset',
  email: 'email-verification',
} as const;

/**
 * Mints a password-reset or email-verification token and records the
 * message the platform would trigger in the outbox.
 */
export function mintCustomerToken(
  ctx: Context,
  kind: CustomerTokenKind,
  customer: Customer,
  ttlMinutes: number,
  invalidateOlderTokens: boolean,
): CustomerToken {
  if (invalidateOlderTokens) invalidateCustomerTokens(ctx, customer.id, kind);
  const nowMs = ctx.now();
  const now = new Date(nowMs).toISOString();
  const token: CustomerToken = {
    id: uuid(),
    customerId: customer.id,
    value: customerTokenValue(),
    expiresAt: new Date(nowMs + ttlMinutes * 60000).toISOString(),
    invalidateOlderTokens,
    createdAt: now,
    lastModifiedAt: now,
  };
  insertCustomerToken(ctx, { kind, token, invalidated: false });
  ctx.state.outbox.push({
    id: uuid(),
    kind: OUTBOX_KIND[kind],
    customerId: customer.id,
    email: customer.email,
    tokenValue: token.value,
    expiresAt: token.expiresAt,
    createdAt: now,
  });
  return token;
}

const NOT_FOUND = {
  password: 'The password token was not found. It may have been used.',
  email: 'The email token was not found. It may have been used.',
};

/**
 * A token that can still be redeemed. Unknown, used or replaced → 404;
 * expired → 400 with the kind's own code.
 */
export function liveCustomerToken(
  ctx: Context,
  kind: CustomerTokenKind,
  value: string,
): CustomerTokenRecord {
  const record = findCustomerToken(ctx, kind, value);
  if (!record || record.invalidated) throw errors.notFound(NOT_FOUND[kind]);
  if (Date.parse(record.token.expiresAt) <= ctx.now()) {
    throw kind === 'password'
      ? errors.expiredPasswordToken()
      : errors.expiredEmailToken();
  }
  return record;
}
