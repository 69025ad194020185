import type { StoreKeyReference } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import type { CustomerRecord } from '../state';

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const storeKeys = (stores: StoreKeyReference[]) => stores.map((s) => s.key);

/**
 * Global customers share one email namespace; store customers share one
 * per store. A global and a store customer never collide.
 */
function sameNamespace(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return a.some((key) => b.includes(key));
}

export function findCustomer(
  ctx: Context,
  id: string,
): CustomerRecord | undefined {
  return ctx.state.customers.find((r) => r.customer.id === id);
}

export function isEmailTaken(
  ctx: Context,
  email: string,
  stores: string[],
  exceptId?: string,
): boolean {
  return ctx.state.customers.some(
    (r) =>
      r.customer.id !== exceptId &&
      sameEmail(r.customer.email, email) &&
      sameNamespace(storeKeys(r.customer.stores), stores),
  );
}

/**
 * Who may sign in with this email: on global endpoints only global
 * customers; in a store its own customers first, then global ones.
 */
export function findForSignIn(
  ctx: Context,
  email: string,
  storeKey: string | undefined,
): CustomerRecord | undefined {
  const matches = ctx.state.customers.filter((r) =>
    sameEmail(r.customer.email, email),
  );
  const global = matches.find((r) => r.customer.stores.length === 0);
  if (storeKey === undefined) return global;
  const own = matches.find((r) =>
    storeKeys(r.customer.stores).includes(storeKey),
  );
  return own ?? global;
}

/** Whether the customer may be reached through this store's endpoints. */
export function belongsToStore(
  record: CustomerRecord,
  storeKey: string | undefined,
): boolean {
  const keys = storeKeys(record.customer.stores);
  return storeKey === undefined || keys.length === 0 || keys.includes(storeKey);
}

export function insertCustomer(ctx: Context, record: CustomerRecord): void {
  ctx.state.customers.push(record);
}

export function saveCustomer(ctx: Context, record: CustomerRecord): void {
  const index = ctx.state.customers.findIndex(
    (r) => r.customer.id === record.customer.id,
  );
  if (index === -1) ctx.state.customers.push(record);
  else ctx.state.customers[index] = record;
}

export function removeCustomer(ctx: Context, id: string): void {
  ctx.state.customers = ctx.state.customers.filter((r) => r.customer.id !== id);
}
