import type { Faults } from '../emulator/core';

/*
 * What the panel remembers. The scenario goes with the emulator's data
 * (localStorage, shared by all tabs); the panel's open state and the
 * faults belong to one tab (sessionStorage), as the emulator's faults do.
 */
const SCENARIO_KEY = 'my-account-review-scenario';
const OPEN_KEY = 'my-account-review-open';
const FAULTS_KEY = 'my-account-review-faults';

/** The faults that outlive a reload; one-shot faults do not. */
export type LastingFaults = Pick<Faults, 'latencyMs' | 'outage'>;

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null) {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Blocked storage: the panel still works, it just forgets on reload.
  }
}

const local = () => window.localStorage;
const session = () => window.sessionStorage;

export const reviewStorage = {
  scenario: () => read(local, SCENARIO_KEY) ?? 'demo',
  setScenario: (name: string) => write(local, SCENARIO_KEY, name),
  isOpen: () => read(session, OPEN_KEY) === 'open',
  setOpen: (open: boolean) => write(session, OPEN_KEY, open ? 'open' : null),
  faults: (): LastingFaults | undefined =>
    parseFaults(read(session, FAULTS_KEY)),
  setFaults: (faults: LastingFaults | undefined) =>
    write(session, FAULTS_KEY, faults ? JSON.stringify(faults) : null),
};

function parseFaults(raw: string | null): LastingFaults | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<LastingFaults>;
    return {
      latencyMs: typeof value.latencyMs === 'number' ? value.latencyMs : 0,
      outage: value.outage === true,
    };
  } catch {
    return undefined;
  }
}
