import { QueryClient } from '@tanstack/react-query';

import { ApiError } from '../api/api-error';

const MAX_QUERY_RETRIES = 3;

/** A 4xx will answer the same again; only outages are worth retrying. */
export function shouldRetryQuery(failureCount: number, error: unknown) {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < MAX_QUERY_RETRIES;
}

/** 1 s, 2 s, 4 s: an outage gets longer to pass before each retry. */
export function queryRetryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
        refetchOnWindowFocus: true,
      },
      // Writes are never repeated on their own: a retried sign-up or save
      // could apply twice.
      mutations: { retry: 0 },
    },
  });
}
