import type { Cart } from '@commercetools/platform-sdk';
import {
  type QueryClient,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';

import {
  activeCartQueryKey,
  activeCartQueryOptions,
  createCart,
  updateCart,
} from '../../api/cart';
import {
  type CartIo,
  type CartPlan,
  changeCart,
  createCartQueue,
} from '../../api/cart-change';
import { session } from '../../api/client';

/** One queue for the whole tab: every cart change waits for the last. */
const enqueue = createCartQueue();

function cartIo(queryClient: QueryClient): CartIo {
  return {
    known: () => queryClient.ensureQueryData(activeCartQueryOptions()),
    fresh: () =>
      queryClient.fetchQuery({ ...activeCartQueryOptions(), staleTime: 0 }),
    create: createCart,
    send: updateCart,
  };
}

const identity = () => JSON.stringify(session.getState());

/**
 * Applies a plan to the active cart. The server's answer goes into the
 * cache before the next queued change reads it, unless the person behind
 * the session changed meanwhile (their cache was cleared; this answer is
 * someone else's cart).
 */
export function useCartChange() {
  const queryClient = useQueryClient();
  return useMutation({
    retry: 0,
    mutationFn: (plan: CartPlan) =>
      enqueue(async (): Promise<Cart> => {
        const who = identity();
        const cart = await changeCart(cartIo(queryClient), plan);
        if (identity() === who) {
          await queryClient.cancelQueries({ queryKey: activeCartQueryKey });
          queryClient.setQueryData(activeCartQueryKey, cart);
        }
        return cart;
      }),
  });
}
