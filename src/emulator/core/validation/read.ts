import { errors } from '../errors';

/**
 * Readers for untrusted JSON. Each failure is the API's InvalidJsonInput
 * with a `path -> field: reason` detail, so bad input never becomes a 500.
 */
export type JsonObject = Record<string, unknown>;

export function at(path: string, key: string): string {
  return path ? `${path} -> ${key}` : key;
}

export function fail(path: string, reason: string): never {
  throw errors.invalidJsonInput(`${path}: ${reason}`);
}

export function asObject(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path || 'body', 'JSON object expected.');
  }
  return value as JsonObject;
}

/**
 * Refuses a field the request type does not have (a null counts as left
 * out), so a misspelt or invented field fails loudly instead of being
 * dropped without a word.
 */
export function onlyKnown(
  obj: JsonObject,
  known: readonly string[],
  path: string,
): void {
  for (const key of Object.keys(obj)) {
    if (present(obj, key) && !known.includes(key)) {
      fail(at(path, key), 'Unknown field.');
    }
  }
}

/** `asObject` for a type with exactly these fields. */
export function asObjectOf(
  value: unknown,
  path: string,
  known: readonly string[],
): JsonObject {
  const obj = asObject(value, path);
  onlyKnown(obj, known, path);
  return obj;
}

function present(obj: JsonObject, key: string): boolean {
  return obj[key] !== undefined && obj[key] !== null;
}

export function optString(
  obj: JsonObject,
  key: string,
  path: string,
): string | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  if (typeof value !== 'string') fail(at(path, key), 'JSON String expected.');
  return value;
}

export function reqString(obj: JsonObject, key: string, path: string): string {
  const value = optString(obj, key, path);
  if (value === undefined) fail(at(path, key), 'Missing required value.');
  return value;
}

export function optBoolean(
  obj: JsonObject,
  key: string,
  path: string,
): boolean | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  if (typeof value !== 'boolean') {
    fail(at(path, key), 'JSON Boolean expected.');
  }
  return value;
}

/**
 * A whole number the platform could store as a long and JavaScript holds
 * exactly: `1e300` or `9007199254740993` (read as ...992) are refused
 * rather than silently rounded.
 */
export function optInt(
  obj: JsonObject,
  key: string,
  path: string,
): number | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail(at(path, key), 'JSON Number (integer) expected.');
  }
  return value;
}

export function reqInt(obj: JsonObject, key: string, path: string): number {
  const value = optInt(obj, key, path);
  if (value === undefined) fail(at(path, key), 'Missing required value.');
  return value;
}

/** A resource version: a whole number, 0 or more. */
export function reqVersion(obj: JsonObject, key: string, path: string) {
  const value = reqInt(obj, key, path);
  if (value < 0) fail(at(path, key), 'Must not be negative.');
  return value;
}

export function optVersion(obj: JsonObject, key: string, path: string) {
  return present(obj, key) ? reqVersion(obj, key, path) : undefined;
}

export function optObject(
  obj: JsonObject,
  key: string,
  path: string,
): JsonObject | undefined {
  if (!present(obj, key)) return undefined;
  return asObject(obj[key], at(path, key));
}

export function reqObject(
  obj: JsonObject,
  key: string,
  path: string,
): JsonObject {
  const value = optObject(obj, key, path);
  if (value === undefined) fail(at(path, key), 'Missing required value.');
  return value;
}

export function optArray(
  obj: JsonObject,
  key: string,
  path: string,
): unknown[] | undefined {
  if (!present(obj, key)) return undefined;
  const value = obj[key];
  if (!Array.isArray(value)) fail(at(path, key), 'JSON Array expected.');
  return value;
}

export function reqArray(
  obj: JsonObject,
  key: string,
  path: string,
): unknown[] {
  const value = optArray(obj, key, path);
  if (value === undefined) fail(at(path, key), 'Missing required value.');
  return value;
}

export function optEnum<T extends string>(
  obj: JsonObject,
  key: string,
  path: string,
  allowed: readonly T[],
): T | undefined {
  const value = optString(obj, key, path);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    fail(at(path, key), `Unknown value '${value}'.`);
  }
  return value as T;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD`, as `dateOfBirth` expects. */
export function optDate(
  obj: JsonObject,
  key: string,
  path: string,
): string | undefined {
  const value = optString(obj, key, path);
  if (value === undefined) return undefined;
  const match = DATE.exec(value);
  const time = match ? Date.parse(`${value}T00:00:00.000Z`) : NaN;
  // Round-tripping catches dates like 2001-02-29 that Date rolls over.
  if (
    Number.isNaN(time) ||
    new Date(time).toISOString().slice(0, 10) !== value
  ) {
    fail(at(path, key), `Invalid date '${value}'.`);
  }
  return value;
}
