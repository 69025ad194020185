import { setupWorker, type SetupWorker } from 'msw/browser';
import { createEmulator, type EmulatorOptions } from '../core';
import { createHandlers } from './handlers';
import { persist, type PersistentControls } from './persistence';

const WORKER_SCRIPT = '/mockServiceWorker.js';

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
  window.addEventListener('unhandledrejection', ignoreStaleWorkerUpdate);
  await worker.start({
    quiet: true,
    serviceWorker: { url: WORKER_SCRIPT },
    onUnhandledRequest: 'bypass',
  });
  return { worker, controls };
}

/**
 * MSW asks the browser to update the worker it finds registered without
 * waiting for the answer. When that worker has just unregistered itself
 * (it does when the last page it served has gone, as on a quick reload),
 * the update fails and the failure reaches the console as an uncaught
 * error, though mock mode goes on working with the worker it registers
 * next. Only that failure is silenced.
 */
export function ignoreStaleWorkerUpdate(
  event: Pick<PromiseRejectionEvent, 'reason' | 'preventDefault'>,
): void {
  const reason: unknown = event.reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  if (
    message.includes('Failed to update a ServiceWorker') &&
    message.includes(WORKER_SCRIPT)
  ) {
    event.preventDefault();
  }
}
