import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';

import { isConcurrentModification } from '../../api/api-error';
import type { Conflict, RebaseResult } from './rebase';

/** How one form turns its values into actions and replays them. */
export interface SavePlan<V> {
  toActions(customer: Customer, values: V): MyCustomerUpdateAction[];
  /** Undefined when what the form edits is gone from `fresh`. */
  rebase(
    base: Customer,
    fresh: Customer,
    values: V,
  ): RebaseResult<V> | undefined;
}

export interface SaveIo {
  send(version: number, actions: MyCustomerUpdateAction[]): Promise<Customer>;
  /** The customer as the server has it now, bypassing any cache. */
  fetchFresh(): Promise<Customer>;
}

export type SaveOutcome<V> =
  | { kind: 'nothing' }
  | { kind: 'saved'; customer: Customer }
  /**
   * Someone else saved first and the user has to look: `conflicts` lists
   * the fields both changed; empty means it happened twice in a row.
   * `values` is what the form should now hold, on top of `fresh`.
   */
  | { kind: 'review'; fresh: Customer; values: V; conflicts: Conflict[] }
  | { kind: 'gone'; fresh: Customer }
  | { kind: 'failed'; error: unknown };

/**
 * Saves the user's changes relative to `base` in one request. When another
 * writer got there first (409), the changes are replayed on the fresh
 * customer: sent again automatically once if nothing clashes, otherwise
 * handed back for the user to review. The version always comes from a
 * customer the server sent, never from counting.
 */
export async function saveWithRebase<V>(
  plan: SavePlan<V>,
  io: SaveIo,
  base: Customer,
  values: V,
): Promise<SaveOutcome<V>> {
  let current = base;
  let pending = values;
  for (let attempt = 0; ; attempt++) {
    const actions = plan.toActions(current, pending);
    if (actions.length === 0) {
      // After a replay this means the other writer already made the change.
      return attempt === 0
        ? { kind: 'nothing' }
        : { kind: 'saved', customer: current };
    }
    try {
      return {
        kind: 'saved',
        customer: await io.send(current.version, actions),
      };
    } catch (error) {
      if (!isConcurrentModification(error)) return { kind: 'failed', error };
    }

    let fresh: Customer;
    try {
      fresh = await io.fetchFresh();
    } catch (error) {
      return { kind: 'failed', error };
    }
    const rebased = plan.rebase(current, fresh, pending);
    if (!rebased) return { kind: 'gone', fresh };
    if (rebased.conflicts.length > 0 || attempt > 0) {
      return { kind: 'review', fresh, ...rebased };
    }
    current = fresh;
    pending = rebased.values;
  }
}
