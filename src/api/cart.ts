import type {
  Cart,
  MyCartDraft,
  MyCartUpdateAction,
} from '@commercetools/platform-sdk';
import { queryOptions } from '@tanstack/react-query';

import { ApiError } from './api-error';
import { apiFetch, me } from './client';

/** The made-up catalogue prices in euros only. */
export const CART_CURRENCY = 'EUR';

export const activeCartQueryKey = ['cart', 'active'] as const;

/**
 * The session's active cart, or null when it has none yet: the API
 * answers 404 for "no active cart", which is not an error here.
 */
export async function fetchActiveCart(
  signal?: AbortSignal,
): Promise<Cart | null> {
  try {
    return await apiFetch<Cart>(me('/active-cart'), { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Whoever the session is (guest or customer), their active cart. */
export function activeCartQueryOptions() {
  return queryOptions({
    queryKey: activeCartQueryKey,
    queryFn: ({ signal }) => fetchActiveCart(signal),
  });
}

export function createCart(): Promise<Cart> {
  const draft: MyCartDraft = { currency: CART_CURRENCY };
  return apiFetch<Cart>(me('/carts'), { method: 'POST', body: draft });
}

/** One versioned update; the answer is the cart with its new version. */
export function updateCart(
  cart: Pick<Cart, 'id' | 'version'>,
  actions: MyCartUpdateAction[],
): Promise<Cart> {
  return apiFetch<Cart>(me(`/carts/${encodeURIComponent(cart.id)}`), {
    method: 'POST',
    body: { version: cart.version, actions },
  });
}

/** Units in the cart, as the nav and the sign-in preview count them. */
export function itemCount(cart: Cart | null | undefined): number {
  if (!cart) return 0;
  return (
    cart.totalLineItemQuantity ??
    cart.lineItems.reduce((sum, item) => sum + item.quantity, 0)
  );
}
