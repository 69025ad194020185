import { isUnavailable } from './api-error';
import { type AuthClient, scopeValue, type TokenResponse } from './auth-client';
import {
  SESSION_STORAGE_KEY,
  parseStoredSession,
  type StoredSession,
  type TokenStore,
} from './token-store';

export type SessionStatus =
  'loading' | 'anonymous' | 'signed-in' | 'unavailable';

/**
 * Why the last signed-in session ended: its refresh was rejected here
 * ('expired'), the user signed out here ('signed-out'), or another tab
 * wrote a session without a customer ('elsewhere': sign-out or expiry,
 * this tab cannot tell which).
 */
export type SessionEnd = 'expired' | 'signed-out' | 'elsewhere';

export interface SessionState {
  status: SessionStatus;
  customerId?: string;
  /**
   * The stored session, shown before start() has confirmed it: design
   * review may still replace it, so no one should be sent to sign in yet.
   */
  unconfirmed?: true;
}

/** Treat a token as expired a little early so it cannot lapse in flight. */
const EXPIRY_MARGIN_MS = 60_000;

interface SessionDeps {
  auth: AuthClient;
  store: TokenStore;
  now?: () => number;
  /**
   * Mark the state `unconfirmed` until start(): for mock mode, where
   * design review may replace the stored session before the app begins.
   */
  confirmOnStart?: boolean;
}

/**
 * Owns the tokens: anonymous bootstrap, single-flight refresh, switching to
 * a customer token, signing out, and following other tabs.
 */
export class SessionManager {
  private current: StoredSession | undefined;
  private state: SessionState = { status: 'loading' };
  private pending: Promise<StoredSession> | undefined;
  private started: boolean;
  private ended: SessionEnd | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly auth: AuthClient;
  private readonly store: TokenStore;
  private readonly now: () => number;

  constructor(deps: SessionDeps) {
    this.auth = deps.auth;
    this.store = deps.store;
    this.now = deps.now ?? Date.now;
    this.started = !deps.confirmOnStart;
    this.current = this.store.read();
    this.setState(this.current ? stateOf(this.current) : { status: 'loading' });
  }

  getState = (): SessionState => this.state;

  /** Set before the state changes, so listeners can read it. */
  endReason = (): SessionEnd | undefined => this.ended;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Makes sure a session exists; the app calls it once at start. */
  async start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.setState({ ...this.state, unconfirmed: undefined });
    }
    try {
      await this.getAccessToken();
    } catch {
      // The state already says "unavailable"; pages offer a retry.
    }
  }

  /** A usable access token, creating or refreshing the session if needed. */
  async getAccessToken(): Promise<string> {
    const session = this.current;
    if (!session) return (await this.startAnonymous()).accessToken;
    if (session.expiresAt - EXPIRY_MARGIN_MS > this.now()) {
      return session.accessToken;
    }
    return (await this.refresh(session.accessToken)).accessToken;
  }

  /**
   * Refreshes once for everyone: callers that saw the same rejected token
   * share one refresh; a caller whose token was already replaced gets the
   * new one at once.
   */
  async refresh(rejectedToken: string): Promise<StoredSession> {
    if (this.pending) return this.pending;
    const session = this.current;
    if (session && session.accessToken !== rejectedToken) return session;
    if (!session?.refreshToken) return this.startAnonymous();
    return this.singleFlight(async () => {
      try {
        const answer = await this.auth.refresh(session.refreshToken ?? '');
        return this.adopt(answer, session.kind, session.refreshToken);
      } catch (error) {
        if (isUnavailable(error)) throw error;
        // invalid_grant and friends: the session is gone for good.
        this.drop('expired');
        return this.fetchAnonymous();
      }
    });
  }

  /** Replaces whatever session there was with a customer's tokens. */
  adoptCustomer(answer: TokenResponse): void {
    this.adopt(answer, 'customer');
  }

  async signOut(): Promise<void> {
    const refreshToken = this.current?.refreshToken;
    this.drop('signed-out');
    if (refreshToken) void this.auth.revoke(refreshToken);
    await this.start();
  }

  /** Follows sign-in, sign-out and refreshes made in another tab. */
  handleStorageEvent = (event: Pick<StorageEvent, 'key' | 'newValue'>) => {
    if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
    this.current = parseStoredSession(event.newValue);
    if (this.current?.kind !== 'customer') this.ended = 'elsewhere';
    // Another tab is mid-way through a switch; it will write the new session
    // shortly. Until then this tab is simply not signed in.
    this.setState(
      this.current ? stateOf(this.current) : { status: 'anonymous' },
    );
  };

  private startAnonymous(): Promise<StoredSession> {
    return this.singleFlight(() => this.fetchAnonymous());
  }

  private async fetchAnonymous(): Promise<StoredSession> {
    const before = this.current;
    if (!before) this.setState({ status: 'loading' });
    try {
      const answer = await this.auth.anonymous();
      // Another tab may have stored a session meanwhile (a sign-in, say):
      // follow that one rather than overwrite it, which would sign the
      // other tab out.
      const stored = this.store.read();
      if (stored && stored.accessToken !== before?.accessToken) {
        if (answer.refresh_token) void this.auth.revoke(answer.refresh_token);
        this.current = stored;
        this.setState(stateOf(stored));
        return stored;
      }
      return this.adopt(answer, 'anonymous');
    } catch (error) {
      this.setState({ status: 'unavailable' });
      throw error;
    }
  }

  private singleFlight(
    run: () => Promise<StoredSession>,
  ): Promise<StoredSession> {
    if (this.pending) return this.pending;
    const pending = run().finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
    return pending;
  }

  private adopt(
    answer: TokenResponse,
    kind: StoredSession['kind'],
    keptRefreshToken?: string,
  ): StoredSession {
    const session: StoredSession = {
      kind,
      accessToken: answer.access_token,
      // The refresh flow answers no new refresh token: keep the old one.
      refreshToken: answer.refresh_token ?? keptRefreshToken,
      expiresAt: this.now() + answer.expires_in * 1000,
      customerId: scopeValue(answer.scope, 'customer_id'),
      anonymousId: scopeValue(answer.scope, 'anonymous_id'),
    };
    this.current = session;
    if (kind === 'customer') this.ended = undefined;
    this.store.write(session);
    this.setState(stateOf(session));
    return session;
  }

  private drop(reason: SessionEnd): void {
    this.ended = reason;
    this.current = undefined;
    this.store.clear();
  }

  private setState(state: SessionState): void {
    const { unconfirmed: _, ...rest } = state;
    const next: SessionState = this.started
      ? rest
      : { ...rest, unconfirmed: true };
    const same =
      next.status === this.state.status &&
      next.customerId === this.state.customerId &&
      next.unconfirmed === this.state.unconfirmed;
    if (same) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function stateOf(session: StoredSession): SessionState {
  return session.kind === 'customer'
    ? { status: 'signed-in', customerId: session.customerId }
    : { status: 'anonymous' };
}
