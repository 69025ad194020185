/**
 * What was typed into a form when the session ran out, kept in this tab's
 * sessionStorage until the same customer is back on that form. Only plain
 * values are kept, and never anything named like a password.
 */
const PREFIX = 'my-account-draft:';

type DraftValue = string | number | boolean;
export type DraftValues = Record<string, DraftValue>;

interface Draft {
  owner: string;
  values: DraftValues;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly length: number;
  key(index: number): string | null;
};

function storage(): DraftStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Blocked storage: drafts are simply not kept.
    return undefined;
  }
}

function keepable(values: Record<string, unknown>): DraftValues {
  const kept: DraftValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (/password/i.test(name)) continue;
    const plain =
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean';
    if (plain) kept[name] = value;
  }
  return kept;
}

export function saveDraft(
  formId: string,
  owner: string,
  values: Record<string, unknown>,
  store = storage(),
): void {
  const draft: Draft = { owner, values: keepable(values) };
  try {
    store?.setItem(PREFIX + formId, JSON.stringify(draft));
  } catch {
    // Full storage: the draft is lost, as it would be without this.
  }
}

function read(formId: string, store: DraftStorage | undefined) {
  try {
    const raw = store?.getItem(PREFIX + formId);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { owner, values } = parsed as Partial<Draft>;
    if (typeof owner !== 'string' || typeof values !== 'object') {
      return undefined;
    }
    return { owner, values: keepable(values ?? {}) };
  } catch {
    return undefined;
  }
}

/** Whether `owner` has a draft for the form, without taking it. */
export function hasDraft(
  formId: string,
  owner: string,
  store = storage(),
): boolean {
  return read(formId, store)?.owner === owner;
}

/**
 * The draft's values for `owner`, removing it. A draft of anyone else is
 * removed too, unread: it must not show up in another customer's form.
 */
export function takeDraft(
  formId: string,
  owner: string,
  store = storage(),
): DraftValues | undefined {
  const draft = read(formId, store);
  store?.removeItem(PREFIX + formId);
  return draft?.owner === owner ? draft.values : undefined;
}

/** The ids of the forms that have a draft of `owner`, e.g. to open one. */
export function draftIds(owner: string, store = storage()): string[] {
  if (!store) return [];
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const id = key.slice(PREFIX.length);
    if (read(id, store)?.owner === owner) ids.push(id);
  }
  return ids;
}

/** On a deliberate sign-out nothing typed is kept. */
export function clearDrafts(store = storage()): void {
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
