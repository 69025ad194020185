import { createAuthClient } from './auth-client';
import { config } from './config';
import { createApiFetch, mePath } from './http';
import { SessionManager } from './session';
import { createTokenStore, defaultStorage } from './token-store';

// Looked up on every call so test interceptors that patch fetch still apply.
const fetchImpl: typeof fetch = (input, init) => fetch(input, init);

export const authClient = createAuthClient(config, fetchImpl);

export const session = new SessionManager({
  auth: authClient,
  store: createTokenStore(defaultStorage()),
});

export const apiFetch = createApiFetch(config, session, fetchImpl);

/** The /me path for this app's store setting. */
export const me = (rest = ''): string => mePath(config, rest);
