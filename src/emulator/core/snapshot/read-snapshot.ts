import type { EmulatorSnapshot } from '../controls/controls';
import { readSnapshotFaults } from '../controls/read-faults';
import { isAnonymousId } from '../oauth/token-values';
import type { EmulatorOptions } from '../options';
import { emptyState, type EmulatorState } from '../state';
import {
  asObject,
  at,
  fail,
  optArray,
  optObject,
  reqObject,
  type JsonObject,
} from '../validation/read';
import { readCart } from './read-cart';
import { readCustomerRecord } from './read-customer';
import {
  readCustomerToken,
  readOutboxMessage,
  readTokenMap,
} from './read-tokens';
import { reqFinite, unique } from './read-values';

const list = <T>(
  state: JsonObject,
  key: keyof EmulatorState,
  read: (raw: unknown, path: string) => T,
): T[] | undefined =>
  optArray(state, key, 'state')?.map((raw, i) =>
    read(raw, at(at('state', key), `[${i}]`)),
  );

/**
 * Checks a snapshot before it replaces the state: every part the
 * emulator reads must have the shape it writes, so a restored state can
 * never turn a later request into a 500. Parts left out start empty; an
 * unknown part is refused. Answers a fresh state, or InvalidJsonInput
 * naming the first bad value.
 */
export function readSnapshot(
  raw: unknown,
  options: EmulatorOptions,
): EmulatorSnapshot {
  const body = asObject(raw, '');
  if (body.format !== 1) fail('format', 'Unknown snapshot format.');
  for (const key of Object.keys(body)) {
    if (!['format', 'state', 'faults'].includes(key)) {
      fail(key, 'Unknown field.');
    }
  }
  const state = reqObject(body, 'state', '');
  const known = Object.keys(emptyState());
  for (const key of Object.keys(state)) {
    if (!known.includes(key)) fail(at('state', key), 'Unknown field.');
  }
  const next = emptyState();
  const customers = list(state, 'customers', (raw, path) =>
    readCustomerRecord(raw, path, options),
  );
  if (customers) {
    unique(
      customers.map((r) => r.customer.id),
      'state -> customers',
      'customer id',
    );
    next.customers = customers;
  }
  const carts = list(state, 'carts', (raw, path) =>
    readCart(raw, path, options),
  );
  if (carts) {
    unique(
      carts.map((c) => c.id),
      'state -> carts',
      'cart id',
    );
    next.carts = carts;
  }
  if (state.accessTokens !== undefined) {
    next.accessTokens = readTokenMap(
      state.accessTokens,
      'state -> accessTokens',
    );
  }
  if (state.refreshTokens !== undefined) {
    next.refreshTokens = readTokenMap(
      state.refreshTokens,
      'state -> refreshTokens',
    );
  }
  const usedIds = list(state, 'usedAnonymousIds', (raw, path) => {
    if (typeof raw !== 'string' || !isAnonymousId(raw)) {
      fail(path, 'Invalid anonymous id.');
    }
    return raw;
  });
  if (usedIds) next.usedAnonymousIds = usedIds;
  next.customerTokens = list(state, 'customerTokens', readCustomerToken) ?? [];
  next.outbox = list(state, 'outbox', readOutboxMessage) ?? [];
  if (state.clockOffsetMs !== undefined) {
    next.clockOffsetMs = reqFinite(state, 'clockOffsetMs', 'state');
  }
  const faults = optObject(body, 'faults', '');
  return {
    format: 1,
    state: next,
    ...(faults ? { faults: readSnapshotFaults(faults, 'faults') } : {}),
  };
}
