import type {
  ProductProjection,
  ProductProjectionPagedQueryResponse,
} from '@commercetools/platform-sdk';
import { queryOptions } from '@tanstack/react-query';

import { apiFetch } from './client';

/** Enough for the small demo catalogue; there is no paging in the UI. */
const PRODUCT_LIMIT = 20;

export const productsQueryKey = ['products', { limit: PRODUCT_LIMIT }] as const;

export async function fetchProducts(
  signal?: AbortSignal,
): Promise<ProductProjection[]> {
  const page = await apiFetch<ProductProjectionPagedQueryResponse>(
    '/product-projections',
    { query: { limit: PRODUCT_LIMIT }, signal },
  );
  return page.results;
}

export function productsQueryOptions() {
  return queryOptions({
    queryKey: productsQueryKey,
    queryFn: ({ signal }) => fetchProducts(signal),
    // The published catalogue changes rarely; no need to refetch on focus.
    staleTime: 5 * 60_000,
  });
}
