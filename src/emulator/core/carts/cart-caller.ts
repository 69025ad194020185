import type { Cart } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { errors } from '../errors';
import { authenticate, requireScope } from '../me/caller';
import { inStore, ownedCarts } from '../repositories/carts';
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
