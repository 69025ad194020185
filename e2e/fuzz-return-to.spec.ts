import { expect, test } from '@playwright/test';

import { DEMO, signIn, signInPath } from './support/customer';
import { skipOnLiveBuilds } from './support/projects';

/*
 * `returnTo` comes from the address bar, so anyone can write a link with
 * it. After signing in the app may only go to a path on its own site;
 * everything else lands on the account overview.
 */

skipOnLiveBuilds('signs in as the demo customer of the in-browser emulator');

// The unit tests try many more; these are the kinds, end to end.
const offSite = [
  '//example.com',
  'https://example.com/',
  '/\\example.com',
  '/\t/example.com',
  'javascript:alert(document.domain)',
];

test('sign-in only ever returns to a path on this site', async ({
  page,
  context,
}) => {
  // Should a redirect go wrong, it must not reach another host.
  const offSiteRequests: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      offSiteRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const [first, ...rest] = offSite;

  await page.goto(signInPath(first ?? ''));
  await signIn(page, DEMO);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/account$/);

  // Signed in, the sign-in page forwards at once, through the same check.
  for (const target of rest) {
    await page.goto(signInPath(target));
    await expect(page, target).toHaveURL(
      /^http:\/\/127\.0\.0\.1:\d+\/account$/,
    );
  }
  await page.goto(signInPath('/account/addresses'));
  await expect(page).toHaveURL(/\/account\/addresses$/);

  expect(offSiteRequests).toEqual([]);
  expect(dialogs).toEqual([]);
});
