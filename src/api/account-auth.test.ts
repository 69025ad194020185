import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { setupEmulatorServer } from '../emulator/msw/node';
import { signIn, signOut, signUp } from './account-auth';
import { ApiError } from './api-error';
import { session } from './client';
import { config } from './config';
import { inEnglish } from '../ui/i18n/in-english';
import { describeApiError } from './error-messages';
import { fetchMe } from './me';

const { server, emulator } = setupEmulatorServer({ baseUrl: config.apiUrl });

/** Each request the app sent, as "METHOD /path" plus its bearer token. */
let sent: { line: string; token?: string }[] = [];

server.events.on('request:start', ({ request }) => {
  const path = new URL(request.url).pathname.replace('/ct-emulator', '');
  const bearer = request.headers.get('Authorization') ?? '';
  sent.push({
    line: `${request.method} ${path}`,
    token: bearer.startsWith('Bearer ') ? bearer.slice(7) : undefined,
  });
});

const demo = {
  email: 'alex.demo@example.com',
  password: 'Demo-pass-1',
  activeCartSignInMode: 'MergeWithExistingCustomerCart',
} as const;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  emulator.controls.reset();
  await signOut();
  sent = [];
});
afterAll(() => server.close());

const count = (line: string) => sent.filter((s) => s.line === line).length;

describe('signing in against the emulator', () => {
  it('logs in with the anonymous token, then takes a customer token', async () => {
    const anonymousToken = await session.getAccessToken();

    const result = await signIn(demo);

    expect(result.customer.email).toBe('alex.demo@example.com');
    const login = sent.find((s) => s.line === 'POST /demo/me/login');
    expect(login?.token).toBe(anonymousToken);
    expect(count('POST /oauth/demo/customers/token')).toBe(1);
    expect(session.getState()).toEqual({
      status: 'signed-in',
      customerId: result.customer.id,
    });
    expect((await fetchMe()).id).toBe(result.customer.id);
  });

  it('answers wrong credentials with a 400 and no token refresh', async () => {
    const failure = signIn({ ...demo, password: 'not-the-password' });

    await expect(failure).rejects.toMatchObject({
      status: 400,
      code: 'InvalidCredentials',
    });
    const error = await failure.catch((e: unknown) => e);
    expect(
      inEnglish(describeApiError(error, ['email', 'password']).formErrors),
    ).toEqual(['Email or password is wrong.']);
    expect(count('POST /oauth/token')).toBe(0);
    expect(session.getState().status).toBe('anonymous');
  });

  it('keeps the email case and signs in without it', async () => {
    await signUp({
      email: 'User.A@Example.TEST',
      password: 'Sample-pass-42',
      firstName: 'Robin',
      lastName: 'Sample',
    });
    await signOut();

    await signIn({
      ...demo,
      email: 'user.a@example.test',
      password: 'Sample-pass-42',
    });

    expect((await fetchMe()).email).toBe('User.A@Example.TEST');
  });

  it('refuses a second sign-up with the same email on the Email field', async () => {
    const draft = {
      email: 'dup.user@example.test',
      password: 'Sample-pass-42',
      firstName: 'Robin',
      lastName: 'Sample',
    };
    await signUp(draft);
    await signOut();

    const error = await signUp({
      ...draft,
      email: 'DUP.user@EXAMPLE.test',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(inEnglish(describeApiError(error, ['email']).fieldErrors)).toEqual({
      email: 'An account with this email already exists.',
    });
    expect(session.getState().status).toBe('anonymous');
  });
});

describe('expired tokens against the emulator', () => {
  it('refreshes once for parallel requests and retries each once', async () => {
    await signIn(demo);
    emulator.controls.setFaults({ expireAccessTokens: true });
    sent = [];

    const answers = await Promise.all([fetchMe(), fetchMe(), fetchMe()]);

    expect(new Set(answers.map((c) => c.email))).toEqual(
      new Set(['alex.demo@example.com']),
    );
    expect(count('POST /oauth/token')).toBe(1);
    expect(count('GET /demo/me')).toBe(6);
    expect(session.getState().status).toBe('signed-in');
  });

  it('returns to a new anonymous session when the refresh token is gone', async () => {
    await signIn(demo);
    emulator.controls.setFaults({ expireAccessTokens: true });
    // Past the refresh token's lifetime too: the session cannot be saved.
    emulator.controls.advanceClock(400 * 24 * 3600);
    sent = [];

    const results = await Promise.allSettled([fetchMe(), fetchMe()]);

    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(count('POST /oauth/token')).toBe(1);
    expect(count('POST /oauth/demo/anonymous/token')).toBe(1);
    expect(count('GET /demo/me')).toBe(4);
    expect(session.getState()).toEqual({ status: 'anonymous' });
  });
});
