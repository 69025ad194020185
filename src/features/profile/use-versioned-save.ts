import type { Customer } from '@commercetools/platform-sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import { meQueryOptions } from '../../api/me';
import { useUpdateMe } from '../../api/update-me';
import {
  type SaveOutcome,
  type SavePlan,
  saveWithRebase,
} from './save-with-rebase';

/**
 * Runs `saveWithRebase` against the API and the `['me']` cache. `pending`
 * covers the whole save, replay included; a second call while one runs is
 * ignored, so a double click sends one request.
 */
export function useVersionedSave() {
  const queryClient = useQueryClient();
  const update = useUpdateMe();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  async function save<V>(
    plan: SavePlan<V>,
    base: Customer,
    values: V,
  ): Promise<SaveOutcome<V> | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    try {
      return await saveWithRebase(
        plan,
        {
          send: (version, actions) => update.mutateAsync({ version, actions }),
          fetchFresh: () =>
            queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 }),
        },
        base,
        values,
      );
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return { save, pending };
}
