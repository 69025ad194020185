import type { QueryClient } from '@tanstack/react-query';

import type { SessionManager } from '../api/session';

/**
 * Drops every cached answer when the person behind the session changes —
 * sign-in, sign-out, an expired session, or any of these in another tab —
 * so nobody sees the previous customer's data.
 */
export function clearCacheOnIdentityChange(
  session: SessionManager,
  queryClient: QueryClient,
): () => void {
  let identity = identityOf(session);
  return session.subscribe(() => {
    const next = identityOf(session);
    if (next === identity) return;
    identity = next;
    queryClient.clear();
  });
}

function identityOf(session: SessionManager): string | undefined {
  const state = session.getState();
  return state.status === 'signed-in' ? (state.customerId ?? '?') : undefined;
}
