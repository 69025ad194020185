import { ENGLISH, resolveText } from './catalogue';
import './messages-en';

type Resolved<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/**
 * Message references, wherever they sit in `value`, as an English reader
 * sees them; for tests that assert the words.
 */
export function inEnglish<T>(value: T): Resolved<T> {
  if (typeof value === 'string') {
    return resolveText(ENGLISH, value) as Resolved<T>;
  }
  if (Array.isArray(value)) return value.map(inEnglish) as Resolved<T>;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inEnglish(item)]),
    ) as Resolved<T>;
  }
  return value as Resolved<T>;
}
