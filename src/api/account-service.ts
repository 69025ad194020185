import type { ErrorResponse } from '@commercetools/platform-sdk';

import { ApiError, NetworkError } from './api-error';
import { type FetchLike, readJson } from './auth-client';
import type { AppConfig } from './config';

type ServiceConfig = Pick<
  AppConfig,
  'mode' | 'apiUrl' | 'accountServiceUrl' | 'storeKey'
>;

/**
 * Where the account service lives (docs/account-service.md): in mock mode
 * the emulator plays it under its own base; in live mode it is configured,
 * and without it the reset and verification links are hidden.
 */
export function accountServiceBase(config: ServiceConfig): string | undefined {
  return config.mode === 'mock'
    ? `${config.apiUrl}/account-service`
    : config.accountServiceUrl;
}

/** The session's part: a bearer token, and a refresh after a 401. */
export interface BearerSource {
  getAccessToken(): Promise<string>;
  refresh(rejectedToken: string): Promise<{ accessToken: string }>;
}

export function createAccountService(
  config: ServiceConfig,
  fetchImpl: FetchLike,
  bearer: BearerSource,
) {
  const base = accountServiceBase(config);
  const store = config.storeKey ? { storeKey: config.storeKey } : {};

  async function send(path: string, body: unknown, token?: string) {
    if (base === undefined) throw new NetworkError();
    try {
      return await fetchImpl(`${base}${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (cause) {
      throw new NetworkError({ cause });
    }
  }

  async function answer<T>(response: Response): Promise<T> {
    const body = await readJson(response);
    if (!response.ok) {
      throw new ApiError(response.status, body as ErrorResponse | undefined);
    }
    return body as T;
  }

  return {
    available: base !== undefined,
    /** Always answers the same, whether or not the email has an account. */
    requestPasswordReset: async (email: string): Promise<void> => {
      await answer(await send('/password-reset', { email, ...store }));
    },
    /** The token's expiry; 400 expired and 404 unknown as ApiError. */
    checkPasswordReset: async (token: string) =>
      answer<{ expiresAt: string }>(
        await send('/password-reset/check', { token }),
      ),
    /** Mails a verification link to the signed-in customer. */
    requestEmailVerification: async (): Promise<void> => {
      const token = await bearer.getAccessToken();
      let response = await send('/email-verification', store, token);
      if (response.status === 401) {
        const fresh = await bearer.refresh(token);
        response = await send('/email-verification', store, fresh.accessToken);
      }
      await answer(response);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

/** How long a 429 asks to wait, in seconds, if it says. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.status !== 429) return undefined;
  const value: unknown = error.errors[0]?.retryAfterSeconds;
  return typeof value === 'number' && value > 0 ? value : undefined;
}
