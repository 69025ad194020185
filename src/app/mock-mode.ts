import type { PersistentControls } from '../emulator/msw/persistence';
import { startBrowserEmulator } from '../emulator/msw/browser';

declare global {
  interface Window {
    /** The emulator's controls, in mock mode only (Playwright, designers). */
    __emulator?: PersistentControls;
  }
}

/**
 * Starts the in-browser emulator for `baseUrl`. main.tsx loads this file
 * with a dynamic import in mock mode only, so live builds carry none of it.
 */
export async function startMockMode(baseUrl: string): Promise<void> {
  const { controls } = await startBrowserEmulator(baseUrl);
  window.__emulator = controls;
}
