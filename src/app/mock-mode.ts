import type { GuestSession } from '../emulator/core/seeds';
import type { PersistentControls } from '../emulator/msw/persistence';
import { startBrowserEmulator } from '../emulator/msw/browser';
import { session } from '../api/client';
import { config } from '../api/config';
import {
  createTokenStore,
  defaultStorage,
  SESSION_STORAGE_KEY,
} from '../api/token-store';
import { type AppBridge, startReview } from '../review-panel';
import { appRouter } from './router';

declare global {
  interface Window {
    /** The emulator's controls, in mock mode only (Playwright, designers). */
    __emulator?: PersistentControls;
  }
}

/** Any non-empty value: the expiry in the past makes the app refresh. */
const HANDED_OVER = 'handed-over-by-review-mode';

/**
 * A scenario's guest session goes where the app keeps its tokens, already
 * expired, so the app starts with its own refresh call; no scenario guest
 * means no session at all. The session follows as it follows other tabs.
 */
function handOverSession(guest: GuestSession | undefined): void {
  const storage = defaultStorage();
  const store = createTokenStore(storage);
  if (guest) {
    store.write({
      kind: 'anonymous',
      accessToken: HANDED_OVER,
      refreshToken: guest.refreshToken,
      expiresAt: 0,
      anonymousId: guest.anonymousId,
    });
  } else {
    store.clear();
  }
  session.handleStorageEvent({
    key: SESSION_STORAGE_KEY,
    newValue: storage.getItem(SESSION_STORAGE_KEY),
  });
}

const app: AppBridge = {
  navigate: (path, options) => appRouter().navigate(path, options),
  signOut: () => session.signOut(),
  isSignedIn: () => session.getState().status === 'signed-in',
  handOverSession,
  storeKey: config.storeKey,
};

/**
 * Starts the in-browser emulator for `baseUrl` and design review mode
 * (scenarios and the review panel), applying `scenario`, the one the page
 * was opened with. main.tsx loads this file with a dynamic import in mock
 * mode only, so live builds carry none of it.
 */
export async function startMockMode(
  baseUrl: string,
  scenario: string | undefined,
): Promise<void> {
  const { controls } = await startBrowserEmulator(baseUrl);
  window.__emulator = controls;
  startReview({ controls, app }, scenario);
}
