import { useSyncExternalStore } from 'react';

import { session } from './client';
import type { SessionState } from './session';

/**
 * Where the session stands: 'loading', 'anonymous', 'signed-in' or
 * 'unavailable' (the service could not be reached — not the same as
 * signed out).
 */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
