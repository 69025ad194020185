import { isScopeSafe } from '../oauth/token-values';
import {
  at,
  fail,
  optString,
  reqArray,
  reqString,
  type JsonObject,
} from '../validation/read';

/**
 * Readers for values inside a restored snapshot, on top of the request
 * readers: a snapshot is untrusted input like any request body.
 */
export function reqStrings(obj: JsonObject, key: string, path: string) {
  return reqArray(obj, key, path).map((value, i) => {
    if (typeof value !== 'string') {
      fail(at(at(path, key), `[${i}]`), 'JSON String expected.');
    }
    return value;
  });
}

export function reqFinite(obj: JsonObject, key: string, path: string) {
  const value = obj[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(at(path, key), 'JSON Number expected.');
  }
  return value;
}

/** A timestamp the emulator compares or shows: ISO 8601, parseable. */
export function reqTimestamp(obj: JsonObject, key: string, path: string) {
  const value = reqString(obj, key, path);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    fail(at(path, key), `Invalid timestamp '${value}'.`);
  }
  return value;
}

/** An id that may be printed into a scope string or a path. */
export function reqId(obj: JsonObject, key: string, path: string) {
  const value = reqString(obj, key, path);
  if (!isScopeSafe(value)) fail(at(path, key), 'Invalid id.');
  return value;
}

export function optId(obj: JsonObject, key: string, path: string) {
  return optString(obj, key, path) === undefined
    ? undefined
    : reqId(obj, key, path);
}

export function unique(values: string[], path: string, what: string) {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) fail(path, `Duplicate ${what} '${value}'.`);
    seen.add(value);
  }
}
