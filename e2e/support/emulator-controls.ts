import type { Page } from '@playwright/test';

import type { PersistentControls } from '../../src/emulator/msw/persistence';

/*
 * The in-browser emulator's controls, which mock-mode builds put on
 * `window` (src/app/mock-mode.ts). The first page paints before the
 * emulator has loaded, so a control called right after `page.goto` may
 * find nothing there yet: every call waits for it first, and a control
 * that is still missing fails the test instead of doing nothing.
 */

type ControlName = keyof PersistentControls;
type Control<Name extends ControlName> = PersistentControls[Name];

const APPEARS_WITHIN_MS = 15_000;

async function waitForEmulator(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => window.__emulator !== undefined, null, {
      timeout: APPEARS_WITHIN_MS,
    });
  } catch (error) {
    throw new Error(
      `The in-browser emulator did not appear on ${page.url()} within ` +
        `${APPEARS_WITHIN_MS / 1000} s; only mock-mode builds have it.`,
      { cause: error },
    );
  }
}

/**
 * Runs one emulator control in the page and returns what it returns.
 * Arguments and the answer cross into the page and back as JSON-like
 * values, which all the controls take and give.
 */
export async function callEmulator<Name extends ControlName>(
  page: Page,
  name: Name,
  ...args: Parameters<Control<Name>>
): Promise<ReturnType<Control<Name>>> {
  await waitForEmulator(page);
  const answer = await page.evaluate(
    ({ name, args }) => {
      const controls = window.__emulator;
      // A navigation since the wait can take the controls away again.
      if (!controls) throw new Error('The emulator is gone from the page.');
      const control: unknown = controls[name];
      if (typeof control !== 'function') {
        throw new Error(`The emulator has no control "${name}" here.`);
      }
      return (control as (...values: unknown[]) => unknown).apply(
        controls,
        args,
      );
    },
    { name, args: args as unknown[] },
  );
  return answer as ReturnType<Control<Name>>;
}

/** A customer as the emulator has stored them; throws if there is none. */
export async function storedCustomer(page: Page, email: string) {
  const { state } = await callEmulator(page, 'snapshot');
  const record = state.customers.find((r) => r.customer.email === email);
  if (!record) throw new Error(`No customer ${email} is stored`);
  return record.customer;
}
