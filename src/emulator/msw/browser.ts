import { setupWorker, type SetupWorker } from 'msw/browser';
import { createEmulator, type EmulatorOptions } from '../core';
import { createHandlers } from './handlers';
import { persist, type PersistentControls } from './persistence';

export interface BrowserEmulator {
  worker: SetupWorker;
  controls: PersistentControls;
}

/**
 * Mock mode: a service worker answers everything under `baseUrl` from an
 * emulator whose state lives in localStorage, so a reload keeps the
 * session, the customers and the carts. Other requests pass through.
 */
export async function startBrowserEmulator(
  baseUrl: string,
  options: Partial<EmulatorOptions> = {},
): Promise<BrowserEmulator> {
  const { emulator, controls } = persist(
    createEmulator(options),
    window.localStorage,
  );
  const worker = setupWorker(...createHandlers(emulator, baseUrl));
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
  });
  return { worker, controls };
}
