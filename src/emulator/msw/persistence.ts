import type { Emulator, EmulatorControls, EmulatorSnapshot } from '../core';

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
 * Restores the saved state (if any) and saves after every write and
 * every control call that changes state. A saved state that cannot be
 * read is dropped rather than breaking mock mode.
 */
export function persist(
  emulator: Emulator,
  storage: SnapshotStorage,
): { emulator: Emulator; controls: PersistentControls } {
  const inner = emulator.controls;
  const save = () => {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(inner.snapshot()));
    } catch {
      // Storage full or blocked: mock mode keeps working in memory.
    }
  };
  const saved = storage.getItem(STORAGE_KEY);
  try {
    if (saved) inner.restore(JSON.parse(saved) as EmulatorSnapshot);
  } catch {
    storage.removeItem(STORAGE_KEY);
  }
  save();

  const saving =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const result = fn(...args);
      save();
      return result;
    };
  const controls: PersistentControls = {
    ...inner,
    reset: saving(inner.reset),
    seed: saving(inner.seed),
    advanceClock: saving(inner.advanceClock),
    setFaults: inner.setFaults,
    restore: saving(inner.restore),
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
        const answer = await emulator.handle(req);
        if (!READS.has(req.method.toUpperCase())) save();
        return answer;
      },
    },
  };
}
