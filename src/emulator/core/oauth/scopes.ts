import type { Context } from '../context';
import { authError } from '../errors';
import type { ApiClientConfig } from '../options';
import type { TokenGrant } from '../state';
import { isScopeSafe } from './token-values';

const invalidScope = () =>
  authError(400, 'invalid_scope', 'Malformed parameter: scope: Invalid scope.');

/**
 * The scopes a token gets: all of the client's when none are asked for,
 * otherwise exactly those asked for, each either one of the client's
 * (`name:pk`) or its store-scoped form (`name:pk:store`) for a known store.
 */
export function grantScopes(
  ctx: Context,
  client: ApiClientConfig,
  requested: string | null,
): string[] {
  const asked = (requested ?? '').split(' ').filter(Boolean);
  if (asked.length === 0) return [...client.scopes];
  const { projectKey, stores } = ctx.options;
  for (const scope of asked) {
    // Only the client's own scopes pass, so nothing foreign (such as a
    // `customer_id:` pseudo-scope) can reach the token's scope string.
    if (!isScopeSafe(scope)) throw invalidScope();
    const [name, pk, store, ...rest] = scope.split(':');
    const base = `${name}:${pk}`;
    const ok =
      pk === projectKey &&
      rest.length === 0 &&
      client.scopes.includes(base) &&
      (store === undefined || stores.some((s) => s.key === store));
    if (!ok) throw invalidScope();
  }
  return [...new Set(asked)];
}

/** Scopes that have a store form, `name:pk:store`. */
const STORE_SCOPED = [
  'manage_my_profile',
  'manage_my_orders',
  'manage_my_shopping_lists',
  'manage_customers',
  'view_customers',
];

/**
 * What a store's password flow grants when no scope is asked for: the
 * client's scopes, each in its store form where it has one, so the token
 * reaches that store's routes and not the global ones.
 */
export function storeScopes(client: ApiClientConfig, storeKey: string) {
  return client.scopes.map((scope) =>
    STORE_SCOPED.includes(scope.split(':')[0] ?? '')
      ? `${scope}:${storeKey}`
      : scope,
  );
}

export function requireClientScope(
  ctx: Context,
  client: ApiClientConfig,
  name: string,
): void {
  if (!client.scopes.includes(`${name}:${ctx.options.projectKey}`)) {
    throw invalidScope();
  }
}

/** The `scope` string as the auth host returns it, pseudo-scopes last. */
export function scopeString(grant: TokenGrant): string {
  const parts = [...grant.scopes];
  if (grant.customerId) parts.push(`customer_id:${grant.customerId}`);
  if (grant.anonymousId) parts.push(`anonymous_id:${grant.anonymousId}`);
  return parts.join(' ');
}

/** Whether the grant holds `name:pk`, or `name:pk:store` on a store route. */
export function hasScope(
  ctx: Context,
  grant: TokenGrant,
  name: string,
  storeKey?: string,
): boolean {
  const base = `${name}:${ctx.options.projectKey}`;
  return (
    grant.scopes.includes(base) ||
    (storeKey !== undefined && grant.scopes.includes(`${base}:${storeKey}`))
  );
}
