import type { SessionManager } from '../api/session';
import { clearDrafts } from '../ui/form-drafts';
import { keepDrafts } from '../ui/unsaved-changes';

type SessionView = Pick<SessionManager, 'subscribe' | 'getState' | 'endReason'>;

/**
 * When a signed-in session ends because its refresh was rejected, every
 * form with unsaved changes keeps them as a draft for after the next
 * sign-in. A sign-out here is deliberate: drafts are dropped. When another
 * tab ended it, this tab cannot tell sign-out from expiry, so it keeps
 * nothing new and leaves older drafts to their owner's return.
 */
export function keepDraftsWhenSessionEnds(session: SessionView): () => void {
  let last = session.getState().status;
  return session.subscribe(() => {
    const now = session.getState().status;
    if (last === 'signed-in' && now !== 'signed-in') {
      const reason = session.endReason();
      if (reason === 'expired') keepDrafts();
      if (reason === 'signed-out') clearDrafts();
    }
    last = now;
  });
}
