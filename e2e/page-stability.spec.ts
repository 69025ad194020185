import { expect, type Page, test } from '@playwright/test';

import { DEMO, signIn, signInPath } from './support/customer';
import { skipOnLiveBuilds } from './support/projects';
import { signInFromPanel } from './support/review-panel';

/*
 * Nothing on a page jumps while it loads (layout shifts, as a phone
 * shows them), and a visit logs no errors to the console. Mock builds:
 * the layout-shift causes found here were the guest-cart choice coming
 * and going, the verify-email banner arriving above a page already
 * shown, and the demo footer sliding down as the page filled in.
 */

skipOnLiveBuilds();
test.use({ viewport: { width: 390, height: 844 } });

interface Shift {
  value: number;
  moved: string[];
}

declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

/** Records every layout shift not caused by the user's own input. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) =>
          s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : '?',
        );
        shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.__layoutShifts ?? []);
}

/** Every console error the page logs from now on. */
function watchConsoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const cartChecked = (page: Page) =>
  page.waitForResponse((r) => r.url().includes('/me/carts?'));

test('the sign-in page holds still while the guest cart is checked', async ({
  page,
}) => {
  const shifts = await watchLayoutShifts(page);
  const checked = cartChecked(page);
  await page.goto('/sign-in');
  expect((await checked).status()).toBe(200);

  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(await shifts()).toEqual([]);
});

test('the profile paints whole, with nothing pushed down after', async ({
  page,
}) => {
  await page.goto(signInPath('/account/profile'));
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
  const shifts = await watchLayoutShifts(page);

  const checked = cartChecked(page);
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
  await checked;

  expect(await shifts()).toEqual([]);
});

test('the verify-email banner arrives with the page, not after it', async ({
  page,
}) => {
  await page.goto('/account/profile?scenario=unverified-email');
  await signInFromPanel(page, 'Uma Ungeprüft');
  await expect(page.getByLabel('First name')).toHaveValue('Uma');
  const shifts = await watchLayoutShifts(page);

  await page.reload();
  await expect(page.getByText('Please verify your email.')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Uma');

  expect(await shifts()).toEqual([]);
});

test('a visit from sign-in to the profile logs no console errors', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const checked = cartChecked(page);
  await page.goto(signInPath('/account/profile'));
  await checked;
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);

  expect(errors).toEqual([]);
});

test('the emulator is fetched only once the first page is on screen', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.waitForFunction(() => window.__emulator !== undefined);

  // Fetched earlier, its bytes compete with the first page for the network.
  const order = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]
      ?.startTime,
    fetched: performance
      .getEntriesByType('resource')
      .find((entry) => /\/mock-mode[^/]*\.(js|ts)/.test(entry.name))?.startTime,
  }));
  expect(order.painted).toEqual(expect.any(Number));
  expect(order.fetched).toEqual(expect.any(Number));
  expect(order.fetched).toBeGreaterThan(order.painted ?? Infinity);
});
