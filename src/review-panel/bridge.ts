import type { GuestSession } from '../emulator/core/seeds';
import type { PersistentControls } from '../emulator/msw/persistence';

/**
 * What the panel may do to the app: only what a user or the app's own
 * code would do. mock-mode.ts wires it, so the panel never imports app
 * internals and the app never imports the panel; the one module both
 * read is the `?scenario=` URL helper, src/app/scenario-url.ts.
 */
export interface AppBridge {
  /** Client-side navigation, as a link in the app would do. */
  navigate(path: string, options?: { replace?: boolean }): Promise<void>;
  /** The app's own sign-out. */
  signOut(): Promise<void>;
  isSignedIn(): boolean;
  /**
   * Gives the app a scenario's guest session (or none): the browser of a
   * returning guest holds one. Called before the app starts its session.
   */
  handOverSession(guest: GuestSession | undefined): void;
  /** The store this build runs in, if any. */
  storeKey?: string;
}

export interface ReviewDeps {
  controls: PersistentControls;
  app: AppBridge;
}
