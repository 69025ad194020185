import type { Cart, MyCartUpdateAction } from '@commercetools/platform-sdk';

import { ApiError, isConcurrentModification } from './api-error';

/**
 * What one user intent (add a mug, set a quantity) means for a given
 * cart. It is asked again after a conflict, on the fresh cart, so it
 * must read ids and quantities from the cart it gets, never from a copy.
 */
export type CartPlan = (cart: Cart) => MyCartUpdateAction[];

export interface CartIo {
  /** The cart as last known (the cache), or null when there is none. */
  known(): Promise<Cart | null>;
  /** The active cart as the server has it now, or null. */
  fresh(): Promise<Cart | null>;
  create(): Promise<Cart>;
  send(cart: Cart, actions: MyCartUpdateAction[]): Promise<Cart>;
}

/**
 * Applies a plan in one versioned request, creating the cart first when
 * there is none. When the cart moved on meanwhile (409), or is no longer
 * this session's active cart (404, or merged at a sign-in elsewhere), the
 * plan is re-applied once on the fresh cart; a second failure is thrown.
 * The version always comes from a cart the server sent.
 */
export async function changeCart(io: CartIo, plan: CartPlan): Promise<Cart> {
  let cart = await usable(await io.known(), io);
  for (let attempt = 0; ; attempt++) {
    const actions = plan(cart);
    if (actions.length === 0) return cart;
    try {
      return await io.send(cart, actions);
    } catch (error) {
      if (attempt > 0 || !isStaleCart(error)) throw error;
    }
    cart = await usable(await io.fresh(), io);
  }
}

async function usable(cart: Cart | null, io: CartIo): Promise<Cart> {
  return cart && cart.cartState === 'Active' ? cart : io.create();
}

export function isStaleCart(error: unknown): boolean {
  if (isConcurrentModification(error)) return true;
  if (!(error instanceof ApiError)) return false;
  return (
    (error.status === 404 && error.hasCode('ResourceNotFound')) ||
    (error.status === 400 && error.hasCode('InvalidOperation'))
  );
}

/**
 * Runs cart changes one after another. Two quick "Add to cart" clicks
 * would otherwise both see "no cart yet" and create two carts, or both
 * send the same version and make one of them replay.
 */
export function createCartQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(run: () => Promise<T>): Promise<T> {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** Plans for the three things the cart page does. */
export const cartPlans = {
  add:
    (sku: string, quantity = 1): CartPlan =>
    () => [{ action: 'addLineItem', sku, quantity }],
  /** By SKU, so a replay on a fresh cart finds the same line again. */
  setQuantity:
    (sku: string, quantity: number): CartPlan =>
    (cart) => {
      const line = lineOf(cart, sku);
      if (!line || line.quantity === quantity) return [];
      return quantity > 0
        ? [{ action: 'changeLineItemQuantity', lineItemId: line.id, quantity }]
        : [{ action: 'removeLineItem', lineItemId: line.id }];
    },
  /** Relative, so quick repeated clicks each count once. */
  changeBy:
    (sku: string, delta: number): CartPlan =>
    (cart) => {
      const line = lineOf(cart, sku);
      if (!line) return delta > 0 ? cartPlans.add(sku, delta)(cart) : [];
      return cartPlans.setQuantity(
        sku,
        Math.max(0, line.quantity + delta),
      )(cart);
    },
  remove:
    (sku: string): CartPlan =>
    (cart) => {
      const line = lineOf(cart, sku);
      return line ? [{ action: 'removeLineItem', lineItemId: line.id }] : [];
    },
};

function lineOf(cart: Cart, sku: string) {
  return cart.lineItems.find((line) => line.variant.sku === sku);
}
