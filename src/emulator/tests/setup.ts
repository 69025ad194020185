import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setupEmulatorServer } from '../msw/node';
import { createTestClient } from './client';
import type { EmulatorOptions } from '../core';

/** Tests run on a frozen clock that only `advanceClock` moves. */
export const TEST_NOW = Date.parse('2026-03-02T09:00:00.000Z');

/**
 * Starts an MSW server with a fresh emulator for one test file; every
 * test starts from the `empty` seed unless it asks for another.
 */
export function startEmulator(
  options: Partial<EmulatorOptions> = {},
  seed = 'empty',
) {
  const setup = setupEmulatorServer({
    emulator: { now: () => TEST_NOW, ...options },
  });
  const client = createTestClient(setup.baseUrl);
  beforeAll(() => setup.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    setup.emulator.controls.reset();
    setup.emulator.controls.seed(seed);
  });
  afterAll(() => setup.server.close());
  return { ...setup, client };
}
