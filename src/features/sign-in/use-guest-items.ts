import { useQuery } from '@tanstack/react-query';

import { activeCartQueryOptions, itemCount } from '../../api/cart';
import { useSession } from '../../api/use-session';

/**
 * How many items the guest cart holds, read with the anonymous token
 * (the one /me/login will merge from); undefined while not known.
 */
export function useGuestItems(): number | undefined {
  const { status } = useSession();
  const cart = useQuery({
    ...activeCartQueryOptions(),
    enabled: status === 'anonymous',
  });
  if (status !== 'anonymous' || !cart.isSuccess) return undefined;
  return itemCount(cart.data);
}
