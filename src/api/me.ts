import type { Customer } from '@commercetools/platform-sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiFetch, me } from './client';

export const meQueryKey = ['me'] as const;

export function fetchMe(signal?: AbortSignal): Promise<Customer> {
  return apiFetch<Customer>(me(), { signal });
}

/** The signed-in customer; the single source of its data and version. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
