import type { LastModifiedBy } from '@commercetools/platform-sdk';
import type { Context } from './context';
import { errors } from './errors';
import { parseJson } from './http';
import type { TokenGrant } from './state';
import type { EmulatorRequest } from './types';
import { queryInt } from './validation/query';
import { asObjectOf, reqArray, reqVersion } from './validation/read';

/** What customers and carts share for optimistic concurrency. */
interface Versioned {
  id: string;
  version: number;
  lastModifiedAt: string;
  lastModifiedBy?: LastModifiedBy;
}

const MAX_ACTIONS = 500;

/** Who made a change, as `createdBy`/`lastModifiedBy` show it. */
export function clientLogging(grant: TokenGrant): LastModifiedBy {
  return {
    clientId: grant.clientId,
    ...(grant.customerId
      ? { customer: { typeId: 'customer', id: grant.customerId } }
      : {}),
    ...(grant.anonymousId ? { anonymousId: grant.anonymousId } : {}),
  };
}

/**
 * Version check before any change; answers the resource as stored. The
 * "conflict next write" fault plays a concurrent writer first: the
 * stored version moves on by one (`save` persists that).
 */
export function checkVersion<T extends Versioned>(
  ctx: Context,
  resource: T,
  expected: number,
  save: (bumped: T) => void,
): T {
  let current = resource;
  if (ctx.faults.conflictNextWrite) {
    ctx.faults.conflictNextWrite = false;
    current = {
      ...resource,
      version: resource.version + 1,
      lastModifiedAt: ctx.iso(),
    };
    save(current);
  }
  if (expected !== current.version) {
    throw errors.concurrentModification(current.id, expected, current.version);
  }
  return current;
}

/** How far the version moves for this many effective actions. */
export function versionSteps(ctx: Context, effective: number): number {
  return ctx.options.versionIncrement === 'perAction'
    ? effective
    : Math.min(effective, 1);
}

/** Stamps a change: the version moves by `increments`. */
export function stamp<T extends Versioned>(
  ctx: Context,
  resource: T,
  increments: number,
  grant: TokenGrant,
): T {
  if (increments === 0) return resource;
  return {
    ...resource,
    version: resource.version + increments,
    lastModifiedAt: ctx.iso(),
    lastModifiedBy: clientLogging(grant),
  };
}

/** Reads `{version, actions}`; at most 500 actions. */
export function readUpdate(req: EmulatorRequest): {
  version: number;
  actions: unknown[];
} {
  const body = asObjectOf(parseJson(req), '', ['version', 'actions']);
  const version = reqVersion(body, 'version', '');
  const actions = reqArray(body, 'actions', '');
  if (actions.length > MAX_ACTIONS) {
    throw errors.invalidInput(
      `A maximum of ${MAX_ACTIONS} update actions is allowed per request.`,
    );
  }
  return { version, actions };
}

/** The `?version=` a DELETE needs. */
export function readVersionParam(req: EmulatorRequest): number {
  return queryInt(req, 'version', {});
}
