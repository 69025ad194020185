import { errors } from '../errors';
import type { EmulatorRequest } from '../types';

const DIGITS = /^[0-9]+$/;

interface IntRange {
  min?: number;
  max?: number;
  /** The value when the parameter is absent; without it, a 400. */
  fallback?: number;
}

/**
 * A whole-number query parameter, written plainly: `0x1`, `1e0`, ` 1`,
 * `1.0` or `-1` are refused (InvalidInput), not read by `Number()`.
 */
export function queryInt(
  req: EmulatorRequest,
  name: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, fallback }: IntRange,
): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') {
    if (fallback !== undefined) return fallback;
    throw errors.invalidInput(`Missing required query parameter: ${name}.`);
  }
  const value = DIGITS.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw errors.invalidInput(
      `Invalid ${name} '${raw}': a whole number from ${min} to ${max} expected.`,
    );
  }
  return value;
}

/** `limit` (0 to 500, default 20) and `offset` (0 to 10000) of a query. */
export function paging(req: EmulatorRequest): {
  limit: number;
  offset: number;
} {
  return {
    limit: queryInt(req, 'limit', { max: 500, fallback: 20 }),
    offset: queryInt(req, 'offset', { max: 10000, fallback: 0 }),
  };
}

/** `withTotal` (default true); anything but true or false is a 400. */
export function withTotal(req: EmulatorRequest): boolean {
  const raw = req.query.get('withTotal');
  if (raw === null || raw === 'true') return true;
  if (raw === 'false') return false;
  throw errors.invalidInput(
    `Invalid withTotal '${raw}': true or false expected.`,
  );
}
