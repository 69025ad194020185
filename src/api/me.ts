import type { Customer } from '@commercetools/platform-sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiFetch, me } from './client';

export const meQueryKey = ['me'] as const;

export function fetchMe(signal?: AbortSignal): Promise<Customer> {
  return apiFetch<Customer>(me(), { signal });
}

/**
 * Fresh for a moment after it arrived: the pages of one visit share the
 * customer instead of each fetching it again. Every write stores the
 * server's answer, and focusing the tab always rechecks, so another tab's
 * or device's change still shows up.
 */
export const ME_STALE_MS = 30_000;

/** The signed-in customer; the single source of its data and version. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: ME_STALE_MS,
    refetchOnWindowFocus: 'always',
  });
}

export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({ ...meQueryOptions(), ...options });
}
