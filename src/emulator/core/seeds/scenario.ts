import type { Seed } from '../controls/seeds';

/** Someone a designer can sign in as in this scenario. */
export interface ScenarioCustomer {
  email: string;
  password: string;
  name: string;
  /** Set for a store customer: only that store's sign-in knows them. */
  storeKey?: string;
}

/**
 * A guest session the seed creates, like a shopper's browser that already
 * holds one. The app is handed the refresh token and refreshes it itself.
 */
export interface GuestSession {
  anonymousId: string;
  refreshToken: string;
}

/** A named seed plus what a reviewer needs to know to use it. */
export interface Scenario {
  name: string;
  title: string;
  description: string;
  customers: ScenarioCustomer[];
  guestSession?: GuestSession;
  seed: Seed;
}
