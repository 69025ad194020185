import { useQuery } from '@tanstack/react-query';

import { activeCartQueryOptions } from '../../api/cart';
import { useSession } from '../../api/use-session';

/**
 * The active cart, once there is a session to ask with. Apart from the
 * cart changes so the header's cart link does not load them.
 */
export function useActiveCart() {
  const { status } = useSession();
  return useQuery({
    ...activeCartQueryOptions(),
    enabled: status === 'anonymous' || status === 'signed-in',
  });
}
