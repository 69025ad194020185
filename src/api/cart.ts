import type {
  Cart,
  CartPagedQueryResponse,
  MyCartDraft,
  MyCartUpdateAction,
} from '@commercetools/platform-sdk';
import { queryOptions } from '@tanstack/react-query';

import { apiFetch, me } from './client';

/** The made-up catalogue prices in euros only. */
export const CART_CURRENCY = 'EUR';

export const activeCartQueryKey = ['cart', 'active'] as const;

/**
 * What `/me/active-cart` answers (the most recently modified active cart
 * the session owns), asked as a query so that "no cart yet", the usual
 * case, is an empty page instead of a 404 that browsers log as an error.
 */
export const ACTIVE_CART_QUERY = {
  where: 'cartState = "Active" and origin = "Customer"',
  sort: 'lastModifiedAt desc',
  limit: 1,
} as const;

/** The session's active cart, or null when it has none yet. */
export async function fetchActiveCart(
  signal?: AbortSignal,
): Promise<Cart | null> {
  const page = await apiFetch<CartPagedQueryResponse>(me('/carts'), {
    query: ACTIVE_CART_QUERY,
    signal,
  });
  return page.results[0] ?? null;
}

/**
 * Whoever the session is (guest or customer), their active cart. Fresh
 * for a few seconds, so the header and the sign-in form mounting one
 * after the other share one read; every write stores the cart it gets.
 */
export function activeCartQueryOptions() {
  return queryOptions({
    queryKey: activeCartQueryKey,
    queryFn: ({ signal }) => fetchActiveCart(signal),
    staleTime: 5_000,
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
