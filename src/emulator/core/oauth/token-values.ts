/**
 * Rules for values that end up inside a token's `scope` string. The scope
 * is a space-separated list that clients parse (for `customer_id:` and
 * `anonymous_id:`), so a value with a space, a control character or
 * anything outside visible ASCII could smuggle in a pseudo-scope.
 */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** Long enough for any UUID or app-made id, short enough to store. */
export const MAX_ANONYMOUS_ID_LENGTH = 256;

export function isScopeSafe(value: string): boolean {
  return VISIBLE_ASCII.test(value);
}

export function isAnonymousId(value: string): boolean {
  return value.length <= MAX_ANONYMOUS_ID_LENGTH && isScopeSafe(value);
}
