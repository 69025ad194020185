import type { EmulatorOptions } from './options';
import type { EmulatorState } from './state';

/** Faults switched on by the test controls; none are on by default. */
export interface Faults {
  /** Added before every API and auth answer. */
  latencyMs: number;
  /** Share (0..1) of API and auth requests that answer 500. */
  failureRate: number;
  /** The next versioned write meets a concurrent writer and answers 409. */
  conflictNextWrite: boolean;
  /**
   * The next `POST /me` meets a concurrent writer who set the same fields
   * to other values first, then answers 409: a same-field conflict.
   */
  clashNextWrite: boolean;
  /** Every API and auth request answers 503. */
  outage: boolean;
}

export function noFaults(): Faults {
  return {
    latencyMs: 0,
    failureRate: 0,
    conflictNextWrite: false,
    clashNextWrite: false,
    outage: false,
  };
}

/** Everything a request handler may read or change. */
export interface Context {
  readonly options: EmulatorOptions;
  state: EmulatorState;
  faults: Faults;
  /** Emulator time in epoch ms: the injected clock plus the offset. */
  now(): number;
  iso(): string;
}

export function createContext(
  options: EmulatorOptions,
  state: EmulatorState,
): Context {
  const context: Context = {
    options,
    state,
    faults: noFaults(),
    now: () => options.now() + context.state.clockOffsetMs,
    iso: () => new Date(context.now()).toISOString(),
  };
  return context;
}
