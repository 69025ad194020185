import type { Emulator, EmulatorControls } from '../core';

export const STORAGE_KEY = 'my-account-emulator';

/** The part of the Web Storage API the emulator needs. */
export interface SnapshotStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PersistentControls extends EmulatorControls {
  /** Forgets the saved state and starts over from the default seed. */
  clearSaved(): void;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every control, sorted: a write is saved at once, a read first catches
 * up with other tabs. A new control does not compile until it is sorted
 * here, so none can change the state without saving it.
 */
const CONTROL_KINDS: Record<keyof EmulatorControls, 'read' | 'write'> = {
  reset: 'write',
  seed: 'write',
  seedNames: 'read',
  advanceClock: 'write',
  now: 'read',
  outbox: 'read',
  setFaults: 'write',
  faults: 'read',
  snapshot: 'read',
  restore: 'write',
};

function wrapControls(
  inner: EmulatorControls,
  { load, save }: { load: () => void; save: () => void },
): EmulatorControls {
  const wrapped: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(CONTROL_KINDS)) {
    const control = inner[name as keyof EmulatorControls] as (
      ...args: unknown[]
    ) => unknown;
    wrapped[name] = (...args: unknown[]) => {
      load();
      const result = control(...args);
      if (kind === 'write') save();
      return result;
    };
  }
  return wrapped as unknown as EmulatorControls;
}

/**
 * Restores the saved state and faults (if any) and saves after every
 * write and every control call that changes them. A saved state that
 * cannot be read or fails the snapshot check is dropped rather than
 * breaking mock mode.
 *
 * Every tab runs its own emulator over the same storage, so the stored
 * state is the source of truth: before each request the emulator reloads
 * it when another tab has written since. Without this, a second tab would
 * answer from a stale copy and overwrite the first tab's writes instead
 * of answering a version conflict as the API does.
 */
export function persist(
  emulator: Emulator,
  storage: SnapshotStorage,
): { emulator: Emulator; controls: PersistentControls } {
  const inner = emulator.controls;
  let lastSeen: string | null = null;
  const save = () => {
    try {
      lastSeen = JSON.stringify(inner.snapshot());
      storage.setItem(STORAGE_KEY, lastSeen);
    } catch {
      // Storage full or blocked: mock mode keeps working in memory.
    }
  };
  const load = () => {
    const saved = storage.getItem(STORAGE_KEY);
    if (!saved || saved === lastSeen) return;
    try {
      inner.restore(JSON.parse(saved));
      lastSeen = saved;
    } catch {
      storage.removeItem(STORAGE_KEY);
    }
  };
  load();
  save();

  const controls = {
    ...wrapControls(inner, { load, save }),
    clearSaved: () => {
      storage.removeItem(STORAGE_KEY);
      inner.reset();
      save();
    },
  };
  return {
    controls,
    emulator: {
      options: emulator.options,
      controls,
      handle: async (req) => {
        load();
        const answer = await emulator.handle(req);
        if (!READS.has(req.method.toUpperCase())) save();
        return answer;
      },
    },
  };
}
