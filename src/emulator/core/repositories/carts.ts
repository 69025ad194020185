import type { Cart } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import type { TokenGrant } from '../state';

/**
 * Carts are kept in the order they were last written, so the "most
 * recently modified" cart is simply the last match.
 */
export function saveCart(ctx: Context, cart: Cart): void {
  ctx.state.carts = [...ctx.state.carts.filter((c) => c.id !== cart.id), cart];
}

export function removeCart(ctx: Context, id: string): void {
  ctx.state.carts = ctx.state.carts.filter((c) => c.id !== id);
}

/** Carts the token owns: by customer id, else by anonymous id. */
export function ownedCarts(ctx: Context, grant: TokenGrant): Cart[] {
  if (grant.customerId) {
    return ctx.state.carts.filter((c) => c.customerId === grant.customerId);
  }
  if (grant.anonymousId) {
    return ctx.state.carts.filter(
      (c) => !c.customerId && c.anonymousId === grant.anonymousId,
    );
  }
  return [];
}

export function inStore(cart: Cart, storeKey: string | undefined): boolean {
  return storeKey === undefined || cart.store?.key === storeKey;
}

/** The most recently modified Active cart with origin Customer. */
export function activeCart(
  carts: Cart[],
  storeKey: string | undefined,
): Cart | undefined {
  return carts
    .filter(
      (c) =>
        c.cartState === 'Active' &&
        c.origin === 'Customer' &&
        inStore(c, storeKey),
    )
    .at(-1);
}
