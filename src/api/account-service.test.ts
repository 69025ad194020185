import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { setupEmulatorServer } from '../emulator/msw/node';
import { ApiError } from './api-error';
import {
  accountServiceBase,
  createAccountService,
  retryAfterSeconds,
} from './account-service';
import { parseConfig } from './config';

const { server, emulator, baseUrl } = setupEmulatorServer({
  baseUrl: 'http://127.0.0.1:4999/ct-emulator',
  emulator: { now: () => Date.parse('2026-03-02T09:00:00.000Z') },
});
const config = parseConfig({}, 'http://127.0.0.1:4999/ct-emulator');
const fetchImpl: typeof fetch = (input, init) => fetch(input, init);
const DEMO = { email: 'alex.demo@example.com', password: 'Demo-pass-1' };

/** A customer token for the demo customer, straight from the emulator. */
async function demoToken(): Promise<string> {
  const response = await fetch(`${baseUrl}/oauth/demo/customers/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa('spa-client:spa-secret')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'password',
      username: DEMO.email,
      password: DEMO.password,
    }).toString(),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

function serviceWith(token: () => Promise<string>) {
  let refreshed = 0;
  const service = createAccountService(config, fetchImpl, {
    getAccessToken: token,
    refresh: async () => {
      refreshed += 1;
      return { accessToken: await demoToken() };
    },
  });
  return { service, refreshed: () => refreshed };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => emulator.controls.reset());
afterAll(() => server.close());

describe('accountServiceBase', () => {
  it('is the emulator in mock mode, whatever the environment says', () => {
    const mock = parseConfig(
      { VITE_ACCOUNT_SERVICE_URL: 'https://account.example.com' },
      'http://127.0.0.1:4999/ct-emulator',
    );

    expect(accountServiceBase(mock)).toBe(
      'http://127.0.0.1:4999/ct-emulator/account-service',
    );
  });

  it('is the configured URL in live mode, or none', () => {
    const live = {
      VITE_API_MODE: 'live',
      VITE_CTP_PROJECT_KEY: 'shop',
      VITE_CTP_API_URL: 'https://api.example.com',
      VITE_CTP_AUTH_URL: 'https://auth.example.com',
      VITE_CTP_CLIENT_ID: 'id',
      VITE_CTP_CLIENT_SECRET: 'secret',
    };

    expect(
      accountServiceBase(
        parseConfig(
          { ...live, VITE_ACCOUNT_SERVICE_URL: 'https://account.example.com/' },
          'http://x',
        ),
      ),
    ).toBe('https://account.example.com');
    expect(accountServiceBase(parseConfig(live, 'http://x'))).toBeUndefined();
  });
});

describe('the account service client against the mock service', () => {
  it('asks for a reset and checks the mailed token', async () => {
    const { service } = serviceWith(demoToken);

    await service.requestPasswordReset(DEMO.email);
    const token = emulator.controls.outbox()[0]?.tokenValue ?? '';
    const check = await service.checkPasswordReset(token);

    expect(check).toEqual({ expiresAt: '2026-03-02T10:00:00.000Z' });
  });

  it('resolves the same for an unknown email', async () => {
    const { service } = serviceWith(demoToken);

    await expect(
      service.requestPasswordReset('nobody@example.test'),
    ).resolves.toBeUndefined();
    expect(emulator.controls.outbox()).toEqual([]);
  });

  it('throws the 404 of an unknown token as an ApiError', async () => {
    const { service } = serviceWith(demoToken);

    const check = service.checkPasswordReset('not-a-token');

    await expect(check).rejects.toBeInstanceOf(ApiError);
    await expect(check).rejects.toMatchObject({ status: 404 });
  });

  it('refreshes once when the bearer token is rejected', async () => {
    const { service, refreshed } = serviceWith(() =>
      Promise.resolve('expired-token'),
    );

    await service.requestEmailVerification();

    expect(refreshed()).toBe(1);
    expect(emulator.controls.outbox()).toMatchObject([
      { kind: 'email-verification', email: DEMO.email },
    ]);
  });

  it('reads how long a 429 asks to wait', async () => {
    const { service } = serviceWith(demoToken);
    await service.requestEmailVerification();

    const error: unknown = await service
      .requestEmailVerification()
      .catch((caught: unknown) => caught);

    expect(retryAfterSeconds(error)).toBe(60);
  });
});
