import type { ErrorResponse } from '@commercetools/platform-sdk';

import { ApiError, NetworkError } from './api-error';
import { type FetchLike, readJson } from './auth-client';
import type { AppConfig } from './config';
import type { SessionManager } from './session';

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number>;
  signal?: AbortSignal;
}

type ApiConfig = Pick<AppConfig, 'apiUrl' | 'projectKey' | 'storeKey'>;

/**
 * JSON requests to the project's API with the session's bearer token. A
 * 401 refreshes the token once and retries once; anything else that is
 * not 2xx becomes an ApiError, and no answer at all a NetworkError.
 */
export function createApiFetch(
  config: ApiConfig,
  session: SessionManager,
  fetchImpl: FetchLike,
) {
  const base = `${config.apiUrl}/${encodeURIComponent(config.projectKey)}`;

  async function send(path: string, request: ApiRequest, token: string) {
    const query = request.query
      ? `?${new URLSearchParams(stringValues(request.query)).toString()}`
      : '';
    try {
      return await fetchImpl(`${base}${path}${query}`, {
        method: request.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(request.body === undefined
            ? {}
            : { 'Content-Type': 'application/json' }),
        },
        body:
          request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
      });
    } catch (cause) {
      throw new NetworkError({ cause });
    }
  }

  return async function apiFetch<T>(
    path: string,
    request: ApiRequest = {},
  ): Promise<T> {
    const token = await session.getAccessToken();
    let response = await send(path, request, token);
    if (response.status === 401) {
      const fresh = await session.refresh(token);
      response = await send(path, request, fresh.accessToken);
    }
    const body = await readJson(response);
    if (!response.ok) {
      throw new ApiError(response.status, body as ErrorResponse | undefined);
    }
    return body as T;
  };
}

export type ApiFetch = ReturnType<typeof createApiFetch>;

/** `/me…`, or `/in-store/key=…/me…` when the app runs in a store. */
export function mePath(
  config: Pick<AppConfig, 'storeKey'>,
  rest: string = '',
): string {
  const store = config.storeKey
    ? `/in-store/key=${encodeURIComponent(config.storeKey)}`
    : '';
  return `${store}/me${rest}`;
}

function stringValues(query: Record<string, string | number>) {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, String(value)]),
  );
}
