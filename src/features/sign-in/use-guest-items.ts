import { useQuery } from '@tanstack/react-query';

import { activeCartQueryOptions, itemCount } from '../../api/cart';
import { useSession } from '../../api/use-session';

/**
 * How many units the guest cart holds, 'checking' while that is being
 * read, or 'unknown' when it could not be.
 */
export type GuestItems = number | 'checking' | 'unknown';

/**
 * The guest cart's size, read with the anonymous token (the one /me/login
 * will merge from).
 */
export function useGuestItems(): GuestItems {
  const { status } = useSession();
  const cart = useQuery({
    ...activeCartQueryOptions(),
    enabled: status === 'anonymous',
  });
  if (cart.isSuccess) return itemCount(cart.data);
  return cart.isError ? 'unknown' : 'checking';
}
