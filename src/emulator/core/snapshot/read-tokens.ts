import { isAnonymousId, isScopeSafe } from '../oauth/token-values';
import type {
  AccessTokenRecord,
  CustomerTokenRecord,
  OutboxMessage,
  RefreshTokenRecord,
} from '../state';
import {
  asObject,
  at,
  fail,
  optBoolean,
  optString,
  reqObject,
  reqString,
  type JsonObject,
} from '../validation/read';
import {
  optId,
  reqFinite,
  reqId,
  reqStrings,
  reqTimestamp,
} from './read-values';

/** Scopes and ids are printed into scope strings: nothing may hide there. */
function readGrant(record: JsonObject, path: string): void {
  reqString(record, 'clientId', path);
  reqStrings(record, 'scopes', path).forEach((scope) => {
    if (!isScopeSafe(scope)) fail(at(path, 'scopes'), 'Invalid scope.');
  });
  optId(record, 'customerId', path);
  const anonymousId = optString(record, 'anonymousId', path);
  if (anonymousId !== undefined && !isAnonymousId(anonymousId)) {
    fail(at(path, 'anonymousId'), 'Invalid anonymous id.');
  }
}

/** A `{value: record}` map of access or refresh tokens. */
export function readTokenMap<T extends AccessTokenRecord | RefreshTokenRecord>(
  raw: unknown,
  path: string,
): Record<string, T> {
  const map = asObject(raw, path);
  for (const [key, value] of Object.entries(map)) {
    const itemPath = at(path, key);
    const record = asObject(value, itemPath);
    if (reqId(record, 'value', itemPath) !== key) {
      fail(at(itemPath, 'value'), 'Must equal its key.');
    }
    reqFinite(record, 'expiresAt', itemPath);
    optString(record, 'refreshToken', itemPath);
    readGrant(record, itemPath);
  }
  return map as Record<string, T>;
}

export function readCustomerToken(
  raw: unknown,
  path: string,
): CustomerTokenRecord {
  const record = asObject(raw, path);
  if (record.kind !== 'password' && record.kind !== 'email') {
    fail(at(path, 'kind'), "'password' or 'email' expected.");
  }
  if (optBoolean(record, 'invalidated', path) === undefined) {
    fail(at(path, 'invalidated'), 'Missing required value.');
  }
  const token = reqObject(record, 'token', path);
  const tokenPath = at(path, 'token');
  reqId(token, 'id', tokenPath);
  reqId(token, 'customerId', tokenPath);
  reqString(token, 'value', tokenPath);
  reqTimestamp(token, 'expiresAt', tokenPath);
  reqTimestamp(token, 'createdAt', tokenPath);
  return record as unknown as CustomerTokenRecord;
}

const OUTBOX_KINDS = ['password-reset', 'email-verification'];

export function readOutboxMessage(raw: unknown, path: string): OutboxMessage {
  const message = asObject(raw, path);
  if (!OUTBOX_KINDS.includes(reqString(message, 'kind', path))) {
    fail(at(path, 'kind'), 'Unknown message kind.');
  }
  for (const key of ['id', 'customerId', 'email', 'tokenValue']) {
    reqString(message, key, path);
  }
  reqTimestamp(message, 'expiresAt', path);
  reqTimestamp(message, 'createdAt', path);
  return message as unknown as OutboxMessage;
}
