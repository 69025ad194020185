import { expect, type Page, test } from '@playwright/test';

import { DEMO, signIn, signInPath, signOut } from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';
import { openPanel } from './support/review-panel';

/*
 * What a visitor does while mock mode is still starting: the page is on
 * screen before the emulator has loaded, so a shopper or a designer can
 * type, follow a link, or use another tab in that time. Each test holds
 * the emulator back until it has done so.
 */

skipOnLiveBuilds('mock mode starts the emulator after the first paint');

const EMULATOR_CHUNK = /\/mock-mode[^/]*\.(js|ts)(\?|$)/;

/** Holds the emulator's chunk until the returned function is called. */
async function holdEmulator(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(EMULATOR_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    release();
    await page.waitForFunction(() => window.__emulator !== undefined);
  };
}

async function expectScenarioLoaded(page: Page, title: string) {
  const panel = await openPanel(page);
  await expect(panel.getByRole('status')).toHaveText(
    `Scenario "${title}" loaded.`,
  );
}

test('typing while a scenario loads keeps every key, and the focus', async ({
  page,
}) => {
  const release = await holdEmulator(page);
  await page.goto('/sign-in?scenario=new-customer');
  const email = page.getByLabel('Email');
  await email.click();
  await email.pressSequentially('sam.');

  await release();
  // Mounted once the scenario is in: then the rest of the typing, into
  // whatever has the focus by then.
  await expect(
    page.getByRole('button', { name: 'Review panel' }),
  ).toBeVisible();
  await page.keyboard.type('tester@example.com');

  await expect(email).toHaveValue('sam.tester@example.com');
  await expect(email).toBeFocused();
  await expectScenarioLoaded(page, 'New customer');
});

test('a link followed while a scenario loads is kept, and so is the scenario', async ({
  page,
}) => {
  const release = await holdEmulator(page);
  await page.goto('/sign-in?scenario=empty');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);

  await release();

  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create your account' }),
  ).toBeVisible();
  const { state } = await callEmulator(page, 'snapshot');
  expect(state.customers).toEqual([]);
  await expectScenarioLoaded(page, 'Empty');
});

test('a tab still starting follows sign-out and sign-in in another tab', async ({
  page,
  context,
}) => {
  await page.goto(signInPath('/account/profile'));
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);

  // A second tab that has not painted yet (a tab opened in the
  // background): no frames, so mock mode waits to start.
  const waiting = await context.newPage();
  await waiting.addInitScript(() => {
    const held: FrameRequestCallback[] = [];
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {
      get: () => [],
    });
    window.requestAnimationFrame = (callback) => held.push(callback);
    Object.assign(window, {
      __showTab: () => {
        window.requestAnimationFrame = (callback) =>
          window.setTimeout(() => callback(performance.now()), 16);
        for (const callback of held.splice(0)) {
          window.requestAnimationFrame(callback);
        }
      },
    });
  });
  await waiting.goto('/account/profile');
  await expect(waiting.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.bringToFront();
  await signOut(page);
  await page.goto(signInPath('/account/profile'));
  await signIn(page, DEMO);
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);

  await waiting.evaluate(() =>
    (window as unknown as { __showTab: () => void }).__showTab(),
  );
  await waiting.waitForFunction(() => window.__emulator !== undefined);

  await expect(waiting.getByLabel('First name')).toHaveValue(DEMO.firstName);
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
  await expect(page.getByText(/Your session has ended/)).toHaveCount(0);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the tab is named in German while the page loads', async ({ page }) => {
    const release = await holdEmulator(page);
    await page.goto('/account/profile');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    await expect(page).toHaveTitle('Mein Konto');
    await release();
    await expect(page).toHaveTitle(/– Mein Konto$/);
  });
});
