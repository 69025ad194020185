import type { Customer } from '@commercetools/platform-sdk';
import { focusManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createQueryClient } from '../app/query-client';
import { makeCustomer } from '../features/profile/customer-fixture';
import { meQueryOptions } from './me';

/** The me query with a counting stand-in for the API. */
function countingMe() {
  let fetches = 0;
  const options = {
    ...meQueryOptions(),
    queryFn: (): Promise<Customer> => {
      fetches += 1;
      return Promise.resolve(makeCustomer({ version: fetches }));
    },
  };
  return { options, fetches: () => fetches };
}

/** A page that shows the customer: it subscribes until it unmounts. */
async function mountPage(
  client: ReturnType<typeof createQueryClient>,
  options: ReturnType<typeof countingMe>['options'],
) {
  const observer = new QueryObserver(client, options);
  const unsubscribe = observer.subscribe(() => {});
  await client.getQueryCache().find({ queryKey: options.queryKey })?.promise;
  return unsubscribe;
}

afterEach(() => focusManager.setFocused(undefined));

describe('the me query', () => {
  it('is fetched once for the pages of one visit', async () => {
    const client = createQueryClient();
    const me = countingMe();

    const overview = await mountPage(client, me.options);
    overview();
    const addresses = await mountPage(client, me.options);
    addresses();

    expect(me.fetches()).toBe(1);
  });

  it('is fetched again whenever the tab regains focus', async () => {
    const client = createQueryClient();
    // As QueryClientProvider does: from now on it follows focus changes.
    client.mount();
    const me = countingMe();
    const page = await mountPage(client, me.options);

    focusManager.setFocused(false);
    focusManager.setFocused(true);

    await vi.waitFor(() => expect(me.fetches()).toBe(2));
    page();
    client.unmount();
  });
});
