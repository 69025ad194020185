import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from './api-error';
import { createAuthClient } from './auth-client';
import { parseConfig } from './config';
import { createApiFetch } from './http';
import { SessionManager } from './session';
import { createMemoryStorage, createTokenStore } from './token-store';

const config = parseConfig({}, 'http://127.0.0.1:4999');

type Answer = number | 'no answer';

/**
 * A fake auth host that always hands out tokens, and a fake API that
 * answers `/me` writes with the scripted statuses in turn (then 200).
 */
function fakeBackend(script: Answer[]) {
  const sent: string[] = [];
  let tokens = 0;
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname.startsWith('/oauth/')) {
      tokens += 1;
      const token = {
        access_token: `access-${tokens}`,
        expires_in: 172800,
        scope: 'manage_my_profile:demo',
        refresh_token: 'demo:refresh',
      };
      return Promise.resolve(Response.json(token));
    }
    sent.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const next = script.shift() ?? 200;
    if (next === 'no answer') {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    const body =
      next === 200
        ? { id: 'c1', version: 2 }
        : { statusCode: next, message: 'x', errors: [{ code: 'x' }] };
    return Promise.resolve(Response.json(body, { status: next }));
  };
  const session = new SessionManager({
    auth: createAuthClient(config, fetchImpl),
    store: createTokenStore(createMemoryStorage()),
  });
  const apiFetch = createApiFetch(config, session, fetchImpl);
  const write = () =>
    apiFetch('/me', { method: 'POST', body: { version: 1, actions: [] } });
  return { sent, write, tokenCalls: () => tokens };
}

describe('writes are never repeated blindly', () => {
  it.each([500, 503, 409, 400])(
    'a write answered %i is sent once',
    async (status) => {
      const api = fakeBackend([status]);

      const error: unknown = await api.write().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(status);
      expect(api.sent).toEqual(['POST /demo/me']);
    },
  );

  it('a write that got no answer is sent once', async () => {
    const api = fakeBackend(['no answer']);

    await expect(api.write()).rejects.toBeInstanceOf(NetworkError);
    expect(api.sent).toEqual(['POST /demo/me']);
  });

  it('a write refused for an expired token is sent again once, after one refresh', async () => {
    // A 401 is answered before anything is applied, so sending again is safe.
    const api = fakeBackend([401]);

    await expect(api.write()).resolves.toEqual({ id: 'c1', version: 2 });
    expect(api.sent).toEqual(['POST /demo/me', 'POST /demo/me']);
    expect(api.tokenCalls()).toBe(2);
  });

  it('a second 401 in a row is not chased with another refresh', async () => {
    const api = fakeBackend([401, 401]);

    const error: unknown = await api.write().catch((e: unknown) => e);

    expect((error as ApiError).status).toBe(401);
    expect(api.sent).toHaveLength(2);
    expect(api.tokenCalls()).toBe(2);
  });
});
