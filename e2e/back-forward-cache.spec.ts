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
    const page = await browser.newPage({ baseURL });
    await page.goto(signInPath('/account/profile'));
    await signIn(page, DEMO);
    await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
    await page.evaluate(() =>
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) sessionStorage.setItem('restored', 'yes');
      }),
    );

    await page.goto('/favicon.svg');
    await page.goBack();

    await expect(page.getByLabel('First name')).toHaveValue(DEMO.firstName);
    expect(await page.evaluate(() => sessionStorage.getItem('restored'))).toBe(
      'yes',
    );
    await page.getByLabel('Company').fill('Back Again Ltd');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
  } finally {
    await browser.close();
  }
});
