export type FieldValue = string | boolean;

/** A field both the user and another writer changed, to different values. */
export interface Conflict<K extends string = string> {
  field: K;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface RebaseResult<V> {
  /** Fresh server values with the user's own changes laid over them. */
  values: V;
  conflicts: Conflict<Extract<keyof V, string>>[];
}

const same = (a: FieldValue, b: FieldValue) =>
  typeof a === 'string' && typeof b === 'string'
    ? a.trim() === b.trim()
    : a === b;

const tidy = (v: FieldValue) => (typeof v === 'string' ? v.trim() : v);

/**
 * Replays the user's edits (`mine`, made on top of `base`) onto `fresh`, the
 * customer as another writer left it. A field the user did not touch takes
 * the fresh value; a field only the user changed keeps the user's value; a
 * field both changed to the same value is settled; a field both changed
 * differently is a conflict, and the user's value is kept until they choose.
 */
export function rebase<V extends { [K in keyof V]: FieldValue }>(
  base: V,
  fresh: V,
  mine: V,
): RebaseResult<V> {
  const values = { ...fresh };
  const conflicts: Conflict<Extract<keyof V, string>>[] = [];

  for (const field of Object.keys(base) as Extract<keyof V, string>[]) {
    const was = base[field];
    const now = fresh[field];
    const typed = mine[field];
    if (same(typed, was) || same(now, typed)) continue;

    values[field] = typed;
    if (!same(now, was)) {
      conflicts.push({ field, mine: tidy(typed), theirs: tidy(now) });
    }
  }
  return { values, conflicts };
}
