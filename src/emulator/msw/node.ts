import { setupServer, type SetupServer } from 'msw/node';
import { createEmulator, type Emulator, type EmulatorOptions } from '../core';
import { createHandlers } from './handlers';

/** A base URL under a reserved test domain: it never resolves. */
export const TEST_BASE_URL = 'https://emulator.example.test';

export interface EmulatorServer {
  server: SetupServer;
  emulator: Emulator;
  baseUrl: string;
}

/**
 * An MSW server for Vitest with a fresh emulator behind `baseUrl`.
 * Call `server.listen({ onUnhandledRequest: 'error' })` in `beforeAll`,
 * `server.close()` in `afterAll`, and `emulator.controls.reset()` where
 * a test needs a clean state.
 */
export function setupEmulatorServer(
  options: { baseUrl?: string; emulator?: Partial<EmulatorOptions> } = {},
): EmulatorServer {
  const baseUrl = options.baseUrl ?? TEST_BASE_URL;
  const emulator = createEmulator(options.emulator);
  const server = setupServer(...createHandlers(emulator, baseUrl));
  return { server, emulator, baseUrl };
}
