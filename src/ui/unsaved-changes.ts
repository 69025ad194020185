/**
 * The forms on screen that may hold unsaved changes. Forms register with
 * `useUnsavedChanges`; the app's guard asks them before a navigation, a
 * reload or a sign-out, and has them keep a draft when the session ends.
 */
export interface FormGuard {
  isDirty(): boolean;
  keepDraft(): void;
}

const guards = new Set<FormGuard>();

export function addGuard(guard: FormGuard): () => void {
  guards.add(guard);
  return () => void guards.delete(guard);
}

export function hasUnsavedChanges(): boolean {
  return [...guards].some((guard) => guard.isDirty());
}

/** Every form with changes writes them down (the session is gone). */
export function keepDrafts(): void {
  for (const guard of guards) if (guard.isDirty()) guard.keepDraft();
}

type Asker = (answer: (leave: boolean) => void) => void;
let asker: Asker | undefined;

/** The app's guard shows its dialog for `confirmLeave`. */
export function setLeaveAsker(next: Asker | undefined): void {
  asker = next;
}

/**
 * Resolves true when there is nothing to lose or the user chose to leave;
 * for leaving that is not a navigation, such as signing out.
 */
export function confirmLeave(): Promise<boolean> {
  if (!hasUnsavedChanges()) return Promise.resolve(true);
  const ask = asker;
  if (!ask) return Promise.resolve(true);
  return new Promise((resolve) => ask(resolve));
}

type RestoredListener = () => void;
const restoredListeners = new Set<RestoredListener>();

/** A form put a kept draft back; the app tells the user. */
export function announceRestored(): void {
  for (const listener of restoredListeners) listener();
}

export function onRestored(listener: RestoredListener): () => void {
  restoredListeners.add(listener);
  return () => void restoredListeners.delete(listener);
}
