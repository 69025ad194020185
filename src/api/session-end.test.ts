import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { setupEmulatorServer } from '../emulator/msw/node';
import { signIn, signOut } from './account-auth';
import { session } from './client';
import { config } from './config';
import { fetchMe } from './me';
import { SESSION_STORAGE_KEY } from './token-store';

const { server, emulator } = setupEmulatorServer({ baseUrl: config.apiUrl });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => emulator.controls.reset());
afterAll(() => server.close());

const demo = {
  email: 'alex.demo@example.com',
  password: 'Demo-pass-1',
  activeCartSignInMode: 'MergeWithExistingCustomerCart',
} as const;

/** The reason as it stood when the state left 'signed-in'. */
function reasonWhenSignedOut(): () => string | undefined {
  let seen: string | undefined;
  const stop = session.subscribe(() => {
    if (session.getState().status !== 'signed-in' && seen === undefined) {
      seen = session.endReason() ?? 'none';
      stop();
    }
  });
  return () => seen;
}

describe('why a session ended', () => {
  it('says "expired" when the refresh was rejected', async () => {
    await signIn(demo);
    expect(session.endReason()).toBeUndefined();
    const reason = reasonWhenSignedOut();
    emulator.controls.setFaults({ expireAccessTokens: true });
    emulator.controls.advanceClock(400 * 24 * 3600);

    await expect(fetchMe()).rejects.toThrow();

    expect(reason()).toBe('expired');
  });

  it('says "signed-out" after signing out here', async () => {
    await signIn(demo);
    const reason = reasonWhenSignedOut();

    await signOut();

    expect(reason()).toBe('signed-out');
  });

  it('says "elsewhere" when another tab leaves no customer session', async () => {
    await signIn(demo);
    const reason = reasonWhenSignedOut();

    session.handleStorageEvent({ key: SESSION_STORAGE_KEY, newValue: null });

    expect(reason()).toBe('elsewhere');
    await signOut();
  });
});
