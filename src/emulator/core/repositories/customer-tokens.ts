import type { Context } from '../context';
import type { CustomerTokenKind, CustomerTokenRecord } from '../state';

export function insertCustomerToken(
  ctx: Context,
  record: CustomerTokenRecord,
): void {
  ctx.state.customerTokens.push(record);
}

export function findCustomerToken(
  ctx: Context,
  kind: CustomerTokenKind,
  value: string,
): CustomerTokenRecord | undefined {
  return ctx.state.customerTokens.find(
    (r) => r.kind === kind && r.token.value === value,
  );
}

/** Ends every token of this kind the customer holds. */
export function invalidateCustomerTokens(
  ctx: Context,
  customerId: string,
  kind: CustomerTokenKind,
): void {
  for (const record of ctx.state.customerTokens) {
    if (record.kind === kind && record.token.customerId === customerId) {
      record.invalidated = true;
    }
  }
}

export function removeCustomerTokens(ctx: Context, customerId: string): void {
  ctx.state.customerTokens = ctx.state.customerTokens.filter(
    (r) => r.token.customerId !== customerId,
  );
}
