import { noFaults, type Context, type Faults } from '../context';
import { errors } from '../errors';
import {
  expireAllAccessTokens,
  expireAllRefreshTokens,
} from '../repositories/tokens';
import { emptyState, type EmulatorState, type OutboxMessage } from '../state';
import { allSeeds as seeds } from '../seeds';
import { readSnapshot } from '../snapshot/read-snapshot';

export interface FaultSettings extends Partial<Faults> {
  /** One-shot: every access token issued so far expires now. */
  expireAccessTokens?: boolean;
  /** One-shot: every refresh token expires now, so sessions end. */
  expireRefreshTokens?: boolean;
}

export interface EmulatorSnapshot {
  format: 1;
  state: EmulatorState;
  /** Left out: `restore` keeps the faults as they are. */
  faults?: Faults;
}

/** The test back door; reachable as `/__emulator/...` too. */
export interface EmulatorControls {
  /** Empty state, then the default seed; clock offset and faults cleared. */
  reset(): void;
  /** Replaces all state with the named seed. */
  seed(name: string): void;
  seedNames(): string[];
  advanceClock(seconds: number): void;
  now(): Date;
  outbox(): OutboxMessage[];
  setFaults(settings: FaultSettings): Faults;
  faults(): Faults;
  snapshot(): EmulatorSnapshot;
  /** Checks the snapshot's shape first; a bad one is a 400 and no change. */
  restore(snapshot: unknown): void;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createControls(ctx: Context): EmulatorControls {
  const seed = (name: string) => {
    const apply = seeds[name];
    if (!apply) {
      throw errors.invalidInput(
        `Unknown seed '${name}'. Known: ${Object.keys(seeds).join(', ')}.`,
      );
    }
    ctx.state = emptyState();
    apply(ctx);
  };
  return {
    reset: () => {
      ctx.faults = noFaults();
      seed(ctx.options.seed);
    },
    seed,
    seedNames: () => Object.keys(seeds),
    advanceClock: (seconds) => {
      if (!Number.isFinite(seconds)) {
        throw errors.invalidInput('advanceSeconds must be a number.');
      }
      ctx.state.clockOffsetMs += seconds * 1000;
    },
    now: () => new Date(ctx.now()),
    outbox: () => clone(ctx.state.outbox),
    setFaults: ({ expireAccessTokens, expireRefreshTokens, ...rest }) => {
      ctx.faults = { ...ctx.faults, ...rest };
      if (expireAccessTokens) expireAllAccessTokens(ctx);
      if (expireRefreshTokens) expireAllRefreshTokens(ctx);
      return { ...ctx.faults };
    },
    faults: () => ({ ...ctx.faults }),
    snapshot: () => ({
      format: 1,
      state: clone(ctx.state),
      faults: { ...ctx.faults },
    }),
    restore: (snapshot) => {
      const checked = readSnapshot(snapshot, ctx.options);
      ctx.state = clone(checked.state);
      if (checked.faults) ctx.faults = { ...checked.faults };
    },
  };
}
