import type { Cart } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { errors } from '../errors';
import { authenticate, requireScope } from '../me/caller';
import { clientLogging } from '../me/versioning';
import { inStore, ownedCarts, saveCart } from '../repositories/carts';
import type { AccessTokenRecord, TokenGrant } from '../state';
import type { EmulatorRequest } from '../types';

/**
 * My Carts need `manage_my_orders` and a token bound to a customer or an
 * anonymous session; a bare client-credentials token gets a 403.
 */
export function cartCaller(
  ctx: Context,
  req: EmulatorRequest,
  storeKey: string | undefined,
): AccessTokenRecord {
  const token = authenticate(ctx, req);
  requireScope(ctx, token, 'manage_my_orders', storeKey);
  if (!token.customerId && !token.anonymousId) {
    throw errors.insufficientScope(['customer_id', 'anonymous_id']);
  }
  return token;
}

/** The caller's cart, or 404 for anyone else's (never 403). */
export function ownCart(
  ctx: Context,
  grant: TokenGrant,
  id: string,
  storeKey: string | undefined,
): Cart {
  const cart = ownedCarts(ctx, grant).find((c) => c.id === id);
  if (!cart || !inStore(cart, storeKey)) throw errors.resourceNotFound(id);
  return cart;
}

export function checkCartVersion(
  ctx: Context,
  cart: Cart,
  expected: number,
): Cart {
  let current = cart;
  if (ctx.faults.conflictNextWrite) {
    ctx.faults.conflictNextWrite = false;
    current = { ...cart, version: cart.version + 1, lastModifiedAt: ctx.iso() };
    saveCart(ctx, current);
  }
  if (current.version !== expected) {
    throw errors.concurrentModification(cart.id, expected, current.version);
  }
  return current;
}

export function stampCart(
  ctx: Context,
  cart: Cart,
  increments: number,
  grant: TokenGrant,
): Cart {
  if (increments === 0) return cart;
  return {
    ...cart,
    version: cart.version + increments,
    lastModifiedAt: ctx.iso(),
    lastModifiedBy: clientLogging(grant),
  };
}
