import { noFaults, type Faults } from '../context';
import { at, fail, optBoolean, type JsonObject } from '../validation/read';

/** A number from min to max, or nothing when left out. */
export function readNumberInRange(
  body: JsonObject,
  key: string,
  path: string,
  [min, max]: [number, number],
): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    fail(at(path, key), `A number from ${min} to ${max} expected.`);
  }
  return value;
}

const FAULT_RANGES = {
  latencyMs: [0, 60000],
  failureRate: [0, 1],
} satisfies Partial<Record<keyof Faults, [number, number]>>;

const SWITCHES = ['conflictNextWrite', 'clashNextWrite', 'outage'] as const;

/** The lasting fault settings in `body`; those left out are absent. */
export function readFaultValues(
  body: JsonObject,
  path: string,
): Partial<Faults> {
  const faults: Partial<Faults> = {};
  for (const key of ['latencyMs', 'failureRate'] as const) {
    const value = readNumberInRange(body, key, path, FAULT_RANGES[key]);
    if (value !== undefined) faults[key] = value;
  }
  for (const key of SWITCHES) {
    const value = optBoolean(body, key, path);
    if (value !== undefined) faults[key] = value;
  }
  return faults;
}

/** A snapshot's faults: known settings only, the rest off. */
export function readSnapshotFaults(body: JsonObject, path: string): Faults {
  const known = Object.keys(noFaults());
  for (const key of Object.keys(body)) {
    if (!known.includes(key)) fail(at(path, key), 'Unknown field.');
  }
  return { ...noFaults(), ...readFaultValues(body, path) };
}
