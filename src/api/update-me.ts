import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import {
  type QueryClient,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';

import { apiFetch, me } from './client';
import { meQueryKey } from './me';

/** One POST /me with every action; the answer carries the new version. */
export function updateMe(
  version: number,
  actions: MyCustomerUpdateAction[],
): Promise<Customer> {
  return apiFetch<Customer>(me(), {
    method: 'POST',
    body: { version, actions },
  });
}

/**
 * Stores the server's customer as the truth. In-flight reads are cancelled
 * first so an older answer cannot land on top of the newer one.
 */
export async function storeCustomer(
  queryClient: QueryClient,
  customer: Customer,
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: meQueryKey });
  queryClient.setQueryData(meQueryKey, customer);
}

export interface UpdateMeInput {
  version: number;
  actions: MyCustomerUpdateAction[];
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, actions }: UpdateMeInput) =>
      updateMe(version, actions),
    retry: 0,
    onSuccess: (customer) => storeCustomer(queryClient, customer),
  });
}
