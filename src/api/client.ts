import { NetworkError } from './api-error';
import { createAuthClient } from './auth-client';
import { config } from './config';
import { type ApiRequest, createApiFetch, mePath } from './http';
import { gatedFetch, requestsReady } from './request-gate';
import { SessionManager } from './session';
import { createTokenStore, defaultStorage } from './token-store';

export const authClient = createAuthClient(config, gatedFetch);

export const session = new SessionManager({
  auth: authClient,
  store: createTokenStore(defaultStorage()),
  // Mock mode starts the session once the emulator (and a review
  // scenario's hand-over) is ready; until then, no redirects.
  confirmOnStart: import.meta.env.VITE_API_MODE !== 'live',
});

const send = createApiFetch(config, session, gatedFetch);

/**
 * JSON requests with the session's token (see createApiFetch). Waits for
 * the request gate before reading the token, so a session handed over
 * while the gate was closed is the one used.
 */
export async function apiFetch<T>(
  path: string,
  request?: ApiRequest,
): Promise<T> {
  try {
    await requestsReady();
  } catch (cause) {
    throw new NetworkError({ cause });
  }
  return send<T>(path, request);
}

/** The /me path for this app's store setting. */
export const me = (rest = ''): string => mePath(config, rest);
