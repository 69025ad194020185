import type { Customer } from '@commercetools/platform-sdk';

import { isConcurrentModification } from './api-error';

/**
 * Sends a write that does not depend on the customer's other fields (a
 * password, an email) at `version`; when another writer got there first
 * (409), fetches the customer afresh and sends it once more at the fresh
 * version. A second conflict is thrown to the caller.
 */
export async function retryOnConflict(
  send: (version: number) => Promise<Customer>,
  version: number,
  fetchFresh: () => Promise<Customer>,
): Promise<Customer> {
  try {
    return await send(version);
  } catch (error) {
    if (!isConcurrentModification(error)) throw error;
  }
  const fresh = await fetchFresh();
  return send(fresh.version);
}
