import { describe, expect, it } from 'vitest';

import type { SessionEnd, SessionState } from '../api/session';
import { addGuard } from '../ui/unsaved-changes';
import { keepDraftsWhenSessionEnds } from './keep-drafts';

function fakeSession() {
  let state: SessionState = { status: 'signed-in', customerId: 'c-1' };
  let reason: SessionEnd | undefined;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    endReason: () => reason,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    end(why: SessionEnd) {
      reason = why;
      state = { status: 'anonymous' };
      for (const listener of listeners) listener();
    },
  };
}

function guard(dirty: boolean) {
  const kept: string[] = [];
  const remove = addGuard({
    isDirty: () => dirty,
    keepDraft: () => void kept.push('kept'),
  });
  return { kept, remove };
}

describe('keepDraftsWhenSessionEnds', () => {
  it('keeps the drafts of changed forms when the refresh was rejected', () => {
    const session = fakeSession();
    const changed = guard(true);
    const untouched = guard(false);
    const stop = keepDraftsWhenSessionEnds(session);

    session.end('expired');

    expect(changed.kept).toEqual(['kept']);
    expect(untouched.kept).toEqual([]);
    stop();
    changed.remove();
    untouched.remove();
  });

  it.each(['signed-out', 'elsewhere'] as const)(
    'keeps nothing when the session ended as %s',
    (why) => {
      const session = fakeSession();
      const changed = guard(true);
      const stop = keepDraftsWhenSessionEnds(session);

      session.end(why);

      expect(changed.kept).toEqual([]);
      stop();
      changed.remove();
    },
  );
});
