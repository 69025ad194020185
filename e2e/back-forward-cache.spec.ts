import { chromium, expect, test } from '@playwright/test';

import { DEMO, signIn, signInPath } from './support/customer';
import { skipOnLiveBuilds } from './support/projects';

/*
 * Back to a page the browser kept in its back/forward cache. Playwright
 * turns that cache off in the browsers it launches, so this test starts
 * its own with the cache on, from the project's launch options.
 */

skipOnLiveBuilds('the mock API is what a restored page can lose');

test('back to a profile kept in the back/forward cache, saving still works', async ({
  baseURL,
}, testInfo) => {
  const { launchOptions } = testInfo.project.use;
  const browser = await chromium.launch({
    ...launchOptions,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(signInPath('/account/profile'));
    await signIn(page, DEMO);
    await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
    await page.evaluate(() =>
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) sessionStorage.setItem('restored', 'yes');
      }),
    );

    // A second tab keeps MSW's worker registered: once its last page is
    // gone it unregisters itself, and Chromium then drops the cached page
    // instead of restoring it (a fresh load, which works anyway).
    const other = await context.newPage();
    await other.goto('/sign-in');
    await other.waitForFunction(() => window.__emulator !== undefined);
    // A request still on its way when the page is left keeps it out of
    // the cache.
    await page.waitForLoadState('networkidle');
    await page.goto('/favicon.svg');
    await page.goBack();

    await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
    const restored = await page.evaluate(() => ({
      flag: sessionStorage.getItem('restored'),
      // Chromium says why a page was not restored, where it was not.
      reasons: JSON.stringify(
        (
          performance.getEntriesByType('navigation')[0] as unknown as {
            notRestoredReasons?: unknown;
          }
        ).notRestoredReasons ?? null,
      ),
    }));
    expect(restored.flag, restored.reasons).toBe('yes');
    await page.getByLabel('Company').fill('Back Again Ltd');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
  } finally {
    await browser.close();
  }
});
