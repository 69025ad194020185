import type { Customer } from '@commercetools/platform-sdk';

import { apiFetch, me } from './client';

/** `DELETE /me?version=`: answers the deleted customer; 409 when stale. */
export function deleteMe(version: number): Promise<Customer> {
  return apiFetch<Customer>(me(), {
    method: 'DELETE',
    query: { version },
  });
}
