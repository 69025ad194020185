import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from './api-error';
import { createAuthClient } from './auth-client';
import { parseConfig } from './config';
import { createApiFetch } from './http';
import { SessionManager } from './session';
import {
  createMemoryStorage,
  createTokenStore,
  SESSION_STORAGE_KEY,
  type StoredSession,
} from './token-store';

const config = parseConfig({}, 'http://127.0.0.1:4999');
const base = config.apiUrl;
const hour = 3_600_000;

/** What the fake auth host and API saw, reset before every test. */
const seen = { anonymous: 0, refresh: 0, revoke: 0, me: 0, login: 0 };
let validTokens = new Set<string>();
let refreshAnswer: 'ok' | 'invalid_grant' | 'offline' = 'ok';

const invalidToken = {
  statusCode: 401,
  message: 'invalid_token',
  errors: [{ code: 'invalid_token', message: 'invalid_token' }],
  error: 'invalid_token',
};

const server = setupServer(
  http.post(`${base}/oauth/demo/anonymous/token`, () => {
    seen.anonymous += 1;
    const token = `anon-${seen.anonymous}`;
    return HttpResponse.json({
      access_token: token,
      expires_in: 3600,
      token_type: 'Bearer',
      scope: `manage_my_profile:demo anonymous_id:guest-${seen.anonymous}`,
      refresh_token: `demo:anon-refresh-${seen.anonymous}`,
    });
  }),
  http.post(`${base}/oauth/token`, async ({ request }) => {
    seen.refresh += 1;
    const form = new URLSearchParams(await request.text());
    if (refreshAnswer === 'offline') return HttpResponse.error();
    if (refreshAnswer === 'invalid_grant') {
      const message = 'The refresh token was not found. It may have expired.';
      return HttpResponse.json(
        {
          statusCode: 400,
          message,
          errors: [{ code: 'invalid_grant', message }],
          error: 'invalid_grant',
        },
        { status: 400 },
      );
    }
    expect(form.get('grant_type')).toBe('refresh_token');
    const token = `fresh-${seen.refresh}`;
    validTokens.add(token);
    return HttpResponse.json({
      access_token: token,
      expires_in: 3600,
      token_type: 'Bearer',
      scope: 'manage_my_profile:demo customer_id:c-1',
    });
  }),
  http.post(`${base}/oauth/token/revoke`, () => {
    seen.revoke += 1;
    return new HttpResponse(null, { status: 200 });
  }),
  http.get(`${base}/demo/me`, ({ request }) => {
    seen.me += 1;
    const token = request.headers.get('Authorization')?.slice(7) ?? '';
    if (token.startsWith('anon-')) {
      return HttpResponse.json(
        { statusCode: 403, message: 'Insufficient scope.', errors: [] },
        { status: 403 },
      );
    }
    if (!validTokens.has(token)) {
      return HttpResponse.json(invalidToken, { status: 401 });
    }
    return HttpResponse.json({ id: 'c-1', version: 1 });
  }),
  http.post(`${base}/demo/me/login`, () => {
    seen.login += 1;
    const message = 'Account with the given credentials not found.';
    return HttpResponse.json(
      {
        statusCode: 400,
        message,
        errors: [{ code: 'InvalidCredentials', message }],
      },
      { status: 400 },
    );
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  for (const key of Object.keys(seen)) seen[key as keyof typeof seen] = 0;
  validTokens = new Set();
  refreshAnswer = 'ok';
});
afterAll(() => server.close());

function customerSession(extra: Partial<StoredSession> = {}): StoredSession {
  return {
    kind: 'customer',
    accessToken: 'stale-access',
    refreshToken: 'demo:customer-refresh',
    expiresAt: Date.now() + hour,
    customerId: 'c-1',
    ...extra,
  };
}

function setUp(stored?: StoredSession, confirmOnStart = false) {
  const storage = createMemoryStorage();
  if (stored) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(stored));
  const auth = createAuthClient(config, (input, init) => fetch(input, init));
  const session = new SessionManager({
    auth,
    store: createTokenStore(storage),
    confirmOnStart,
  });
  const apiFetch = createApiFetch(config, session, (input, init) =>
    fetch(input, init),
  );
  return { session, apiFetch, storage };
}

describe('session refresh', () => {
  it('shares one refresh among parallel requests that hit a 401', async () => {
    const { session, apiFetch } = setUp(customerSession());

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => apiFetch<{ id: string }>('/me')),
    );

    expect(answers.map((answer) => answer.id)).toEqual(Array(5).fill('c-1'));
    expect(seen.refresh).toBe(1);
    expect(seen.me).toBe(10);
    expect(session.getState()).toEqual({
      status: 'signed-in',
      customerId: 'c-1',
    });
  });

  it('refreshes before sending when the stored expiry has passed', async () => {
    const { apiFetch } = setUp(customerSession({ expiresAt: Date.now() - 1 }));

    await Promise.all([apiFetch('/me'), apiFetch('/me'), apiFetch('/me')]);

    expect(seen.refresh).toBe(1);
    expect(seen.me).toBe(3);
  });

  it('keeps the refresh token, which the refresh flow does not renew', async () => {
    const { apiFetch, storage } = setUp(customerSession());

    await apiFetch('/me');

    const stored = JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '{}');
    expect(stored).toMatchObject({
      accessToken: 'fresh-1',
      refreshToken: 'demo:customer-refresh',
      kind: 'customer',
    });
  });

  it('falls back to one new anonymous session when refresh fails', async () => {
    refreshAnswer = 'invalid_grant';
    const { session, apiFetch, storage } = setUp(customerSession());

    const results = await Promise.allSettled(
      Array.from({ length: 3 }, () => apiFetch('/me')),
    );

    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    const reasons = results.map((result) =>
      result.status === 'rejected' ? result.reason : undefined,
    );
    expect(reasons.every((reason) => reason instanceof ApiError)).toBe(true);
    expect(reasons.map((reason) => (reason as ApiError).status)).toEqual([
      403, 403, 403,
    ]);
    // One refresh, one anonymous session, each request retried once only.
    expect(seen.refresh).toBe(1);
    expect(seen.anonymous).toBe(1);
    expect(seen.me).toBe(6);
    expect(session.getState()).toEqual({ status: 'anonymous' });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toContain('anon-1');
  });

  it('keeps the session through a network failure during refresh', async () => {
    refreshAnswer = 'offline';
    const { session, apiFetch, storage } = setUp(customerSession());

    await expect(apiFetch('/me')).rejects.toBeInstanceOf(NetworkError);

    expect(session.getState().status).toBe('signed-in');
    expect(storage.getItem(SESSION_STORAGE_KEY)).toContain('stale-access');
    expect(seen.anonymous).toBe(0);
  });

  it('does not refresh on a wrong password, which is a 400', async () => {
    const { apiFetch } = setUp();

    const failure = apiFetch('/me/login', {
      method: 'POST',
      body: { email: 'nobody@example.com', password: 'wrong-pass' },
    });

    await expect(failure).rejects.toMatchObject({
      status: 400,
      code: 'InvalidCredentials',
    });
    expect(seen.login).toBe(1);
    expect(seen.refresh).toBe(0);
  });
});

describe('session lifecycle', () => {
  it('starts one anonymous session for parallel first requests', async () => {
    const { session } = setUp();

    const tokens = await Promise.all([
      session.getAccessToken(),
      session.getAccessToken(),
    ]);

    expect(tokens).toEqual(['anon-1', 'anon-1']);
    expect(seen.anonymous).toBe(1);
    expect(session.getState()).toEqual({ status: 'anonymous' });
  });

  it('reports the service as unavailable, not as signed out', async () => {
    server.use(
      http.post(`${base}/oauth/demo/anonymous/token`, () =>
        HttpResponse.error(),
      ),
    );
    const { session } = setUp();

    await session.start();

    expect(session.getState()).toEqual({ status: 'unavailable' });
  });

  it('signs out: revokes, drops the tokens, starts anonymous', async () => {
    const { session, storage } = setUp(customerSession());

    await session.signOut();

    expect(seen.revoke).toBe(1);
    expect(session.getState()).toEqual({ status: 'anonymous' });
    expect(storage.getItem(SESSION_STORAGE_KEY)).not.toContain('customer');
  });

  it('follows a sign-in and a sign-out made in another tab', () => {
    const { session } = setUp();
    const changes: string[] = [];
    session.subscribe(() => changes.push(session.getState().status));

    session.handleStorageEvent({
      key: SESSION_STORAGE_KEY,
      newValue: JSON.stringify(customerSession()),
    });
    session.handleStorageEvent({ key: SESSION_STORAGE_KEY, newValue: null });

    expect(changes).toEqual(['signed-in', 'anonymous']);
  });

  it('keeps a sign-in another tab stores while this tab starts a guest session', async () => {
    const { session, storage } = setUp();
    const signedInElsewhere = customerSession({ accessToken: 'elsewhere' });
    server.use(
      http.post(`${base}/oauth/demo/anonymous/token`, () => {
        seen.anonymous += 1;
        // The other tab finishes its sign-in while this answer travels.
        storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(signedInElsewhere));
        return HttpResponse.json({
          access_token: 'anon-late',
          expires_in: 3600,
          token_type: 'Bearer',
          scope: 'manage_my_profile:demo anonymous_id:guest-late',
          refresh_token: 'demo:anon-refresh-late',
        });
      }),
    );

    const token = await session.getAccessToken();

    expect(token).toBe('elsewhere');
    expect(session.getState()).toEqual({
      status: 'signed-in',
      customerId: 'c-1',
    });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBe(
      JSON.stringify(signedInElsewhere),
    );
    // The guest session nobody will use is revoked, not left behind.
    await expect.poll(() => seen.revoke).toBe(1);
  });

  it('replaces a stored session it cannot refresh with a guest session', async () => {
    const { session, storage } = setUp(
      customerSession({ refreshToken: undefined, expiresAt: Date.now() - 1 }),
    );

    expect(await session.getAccessToken()).toBe('anon-1');
    expect(session.getState()).toEqual({ status: 'anonymous' });
    expect(storage.getItem(SESSION_STORAGE_KEY)).toContain('anon-1');
  });

  it('can mark the stored session unconfirmed until it starts', async () => {
    const { session, storage } = setUp(customerSession(), true);

    expect(session.getState()).toEqual({
      status: 'signed-in',
      customerId: 'c-1',
      unconfirmed: true,
    });
    // Another tab signs out.
    storage.removeItem(SESSION_STORAGE_KEY);
    session.handleStorageEvent({ key: SESSION_STORAGE_KEY, newValue: null });
    expect(session.getState()).toEqual({
      status: 'anonymous',
      unconfirmed: true,
    });
    await session.start();

    expect(session.getState()).toEqual({ status: 'anonymous' });
    expect(seen.anonymous).toBe(1);
  });
});
