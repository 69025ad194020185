import type { ErrorResponse } from '@commercetools/platform-sdk';
import * as z from 'zod/mini';

import { ApiError, NetworkError } from './api-error';
import type { AppConfig } from './config';

const tokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number(),
  scope: z._default(z.string(), ''),
  refresh_token: z.optional(z.string()),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export type FetchLike = typeof fetch;

type AuthConfig = Pick<
  AppConfig,
  'authUrl' | 'projectKey' | 'clientId' | 'clientSecret' | 'scopes' | 'storeKey'
>;

/** Calls to the OAuth endpoints of the auth host. */
export function createAuthClient(config: AuthConfig, fetchImpl: FetchLike) {
  const basic = `Basic ${btoa(`${config.clientId}:${config.clientSecret}`)}`;
  const pk = encodeURIComponent(config.projectKey);
  const storePart = config.storeKey
    ? `/in-store/key=${encodeURIComponent(config.storeKey)}`
    : '';

  async function post(path: string, form: Record<string, string>) {
    let response: Response;
    try {
      response = await fetchImpl(`${config.authUrl}${path}`, {
        method: 'POST',
        headers: {
          Authorization: basic,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(form).toString(),
      });
    } catch (cause) {
      throw new NetworkError({ cause });
    }
    return response;
  }

  async function token(path: string, form: Record<string, string>) {
    const response = await post(path, form);
    const body = await readJson(response);
    if (!response.ok) {
      throw new ApiError(response.status, body as ErrorResponse | undefined);
    }
    const parsed = tokenResponseSchema.safeParse(body);
    if (!parsed.success) throw new ApiError(502, undefined);
    return parsed.data;
  }

  return {
    anonymous: () =>
      token(`/oauth/${pk}/anonymous/token`, {
        grant_type: 'client_credentials',
        scope: config.scopes,
      }),
    password: (email: string, password: string) =>
      token(`/oauth/${pk}${storePart}/customers/token`, {
        grant_type: 'password',
        username: email,
        password,
        scope: config.scopes,
      }),
    refresh: (refreshToken: string) =>
      token('/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }),
    /** Best-effort: a failed revocation must not block signing out. */
    revoke: async (refreshToken: string): Promise<void> => {
      try {
        await post('/oauth/token/revoke', {
          token: refreshToken,
          token_type_hint: 'refresh_token',
        });
      } catch {
        // The token is dropped locally either way.
      }
    },
  };
}

export type AuthClient = ReturnType<typeof createAuthClient>;

export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Pulls `customer_id:…` or `anonymous_id:…` out of a token's scope. */
export function scopeValue(scope: string, name: string): string | undefined {
  const prefix = `${name}:`;
  return scope
    .split(' ')
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}
