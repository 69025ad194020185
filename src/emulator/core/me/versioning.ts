import type { Customer, LastModifiedBy } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { errors } from '../errors';
import { saveCustomer } from '../repositories/customers';
import type { CustomerRecord, TokenGrant } from '../state';

/** Who made a change, as `createdBy`/`lastModifiedBy` show it. */
export function clientLogging(grant: TokenGrant): LastModifiedBy {
  return {
    clientId: grant.clientId,
    ...(grant.customerId
      ? { customer: { typeId: 'customer', id: grant.customerId } }
      : {}),
    ...(grant.anonymousId ? { anonymousId: grant.anonymousId } : {}),
  };
}

/**
 * Version check before any change. The "conflict next write" fault plays
 * a concurrent writer first: the stored version moves on by one.
 */
export function checkVersion(
  ctx: Context,
  record: CustomerRecord,
  expected: number,
): void {
  if (ctx.faults.conflictNextWrite) {
    ctx.faults.conflictNextWrite = false;
    record.customer = {
      ...record.customer,
      version: record.customer.version + 1,
      lastModifiedAt: ctx.iso(),
    };
    saveCustomer(ctx, record);
  }
  const current = record.customer.version;
  if (expected !== current) {
    throw errors.concurrentModification(record.customer.id, expected, current);
  }
}

/** Stamps a change: the version moves by `increments`. */
export function stamp(
  ctx: Context,
  customer: Customer,
  increments: number,
  grant: TokenGrant,
): Customer {
  if (increments === 0) return customer;
  return {
    ...customer,
    version: customer.version + increments,
    lastModifiedAt: ctx.iso(),
    lastModifiedBy: clientLogging(grant),
  };
}
