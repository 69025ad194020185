import { errors } from '../errors';
import { at, fail, reqString, type JsonObject } from './read';

/**
 * One rule per kind of value, shared by every route that accepts it, so
 * sign-up, updates, password change and reset can never disagree.
 */

/**
 * A password: any non-empty string. The platform has no strength rules;
 * an empty one could never be sent through the password flow again.
 */
export function reqPassword(obj: JsonObject, key: string, path: string) {
  const value = reqString(obj, key, path);
  if (value === '') fail(at(path, key), 'Must not be empty.');
  return value;
}

/**
 * A customer's email: kept as sent and not checked for syntax (the
 * platform accepts an address without `@`), but never blank.
 */
export function reqEmail(obj: JsonObject, key: string, path: string) {
  const value = reqString(obj, key, path);
  if (value.trim() === '') fail(at(path, key), 'Must not be blank.');
  return value;
}

/** Address keys are unique among one customer's addresses. */
export function checkAddressKeys(addresses: { key?: string }[]): void {
  const seen = new Set<string>();
  for (const { key } of addresses) {
    if (key === undefined) continue;
    if (seen.has(key)) throw errors.duplicateField('addresses.key', key);
    seen.add(key);
  }
}
