import type { Cart } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { newCart, type CartOwner } from '../carts/cart-model';
import { addItem, type LineItemInput } from '../carts/line-item-actions';
import { saveCart } from '../repositories/carts';
import type { GuestSession } from './scenario';

/** The public client mock mode uses; its tokens get all of its scopes. */
const SPA_CLIENT = 'spa-client';

/**
 * Stores the refresh token of a guest session, as the anonymous flow
 * would have issued it to the single-page-app client. No access token:
 * the holder refreshes first, as any client with an expired one does.
 */
export function seedGuestSession(ctx: Context, session: GuestSession): void {
  const client = ctx.options.clients.find((c) => c.id === SPA_CLIENT);
  if (!client) throw new Error(`No API client '${SPA_CLIENT}' to seed for.`);
  ctx.state.usedAnonymousIds.push(session.anonymousId);
  ctx.state.refreshTokens[session.refreshToken] = {
    clientId: client.id,
    scopes: [...client.scopes],
    anonymousId: session.anonymousId,
    value: session.refreshToken,
    expiresAt: ctx.now() + ctx.options.refreshTokenSeconds * 1000,
  };
}

/** An active EUR cart with these items, owned by a customer or a guest. */
export function seedCart(
  ctx: Context,
  owner: CartOwner,
  items: LineItemInput[],
): Cart {
  let cart = newCart(ctx, owner, 'EUR', {});
  for (const item of items) cart = addItem(cart, item, ctx.iso());
  saveCart(ctx, cart);
  return cart;
}
