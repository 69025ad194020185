import type {
  AnonymousCartSignInMode,
  Cart,
  Customer,
} from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { clientLogging } from '../versioning';
import { activeCart, saveCart } from '../repositories/carts';
import type { TokenGrant } from '../state';
import {
  newLineItem,
  resolveVariant,
  sameVariant,
  withQuantity,
  withTotals,
} from './cart-model';

export interface SignInCartOptions {
  mode: AnonymousCartSignInMode;
  updateProductData: boolean;
  storeKey?: string;
}

function guestCarts(ctx: Context, grant: TokenGrant): Cart[] {
  if (grant.customerId || !grant.anonymousId) return [];
  return ctx.state.carts.filter(
    (c) => !c.customerId && c.anonymousId === grant.anonymousId,
  );
}

/** A cart changed by the sign-in: new version, time and author. */
function touched(
  ctx: Context,
  cart: Cart,
  grant: TokenGrant,
  patch: Partial<Cart>,
) {
  return {
    ...cart,
    ...patch,
    version: cart.version + 1,
    lastModifiedAt: ctx.iso(),
    lastModifiedBy: clientLogging(grant),
  };
}

/**
 * Merge rule: a variant in both carts keeps the larger quantity (not the
 * sum); the rest is added. Prices come from the customer cart's currency.
 */
function merged(ctx: Context, target: Cart, guest: Cart): Cart {
  const currency = target.totalPrice.currencyCode;
  let lineItems = [...target.lineItems];
  for (const item of guest.lineItems) {
    const match = lineItems.find((li) => sameVariant(li, item));
    if (match) {
      const quantity = Math.max(match.quantity, item.quantity);
      lineItems = lineItems.map((li) =>
        li === match ? withQuantity(li, quantity) : li,
      );
    } else {
      const found = resolveVariant({
        productId: item.productId,
        variantId: item.variant.id,
      });
      lineItems.push(newLineItem(found, currency, item.quantity, ctx.iso()));
    }
  }
  return withTotals({ ...target, lineItems });
}

/**
 * Sign-up in an anonymous session: the guest's carts become the new
 * customer's; the guest's active cart is returned.
 */
export function cartsAfterSignUp(
  ctx: Context,
  grant: TokenGrant,
  customer: Customer,
  storeKey: string | undefined,
): Cart | undefined {
  const carts = guestCarts(ctx, grant).map((cart) =>
    touched(ctx, cart, grant, { customerId: customer.id }),
  );
  for (const cart of carts) saveCart(ctx, cart);
  return activeCart(carts, storeKey);
}

/**
 * `/me/login` in an anonymous session. Without a guest cart the
 * customer's active cart (if any) is returned. Otherwise the guest cart
 * becomes the customer's when they have none or the mode is
 * UseAsNewActiveCustomerCart; else it is merged into the customer's
 * active cart and ends in state Merged. Everything that can fail (a
 * missing price) runs before anything is saved.
 */
export function cartsAfterSignIn(
  ctx: Context,
  grant: TokenGrant,
  customer: Customer,
  options: SignInCartOptions,
): Cart | undefined {
  const { storeKey } = options;
  const own = ctx.state.carts.filter((c) => c.customerId === customer.id);
  const customerActive = activeCart(own, storeKey);
  const guests = guestCarts(ctx, grant);
  const guestActive = activeCart(guests, storeKey);
  if (!guestActive) {
    cartsAfterSignUp(ctx, grant, customer, storeKey);
    return customerActive;
  }
  const assign = { customerId: customer.id };
  if (!customerActive || options.mode === 'UseAsNewActiveCustomerCart') {
    const others = guests.filter((c) => c !== guestActive);
    for (const cart of others) saveCart(ctx, touched(ctx, cart, grant, assign));
    const result = touched(ctx, guestActive, grant, assign);
    saveCart(ctx, result);
    return result;
  }
  const result = touched(
    ctx,
    merged(ctx, customerActive, guestActive),
    grant,
    {},
  );
  for (const cart of guests) {
    const patch =
      cart === guestActive
        ? { ...assign, cartState: 'Merged' as const }
        : assign;
    saveCart(ctx, touched(ctx, cart, grant, patch));
  }
  saveCart(ctx, result);
  return result;
}
