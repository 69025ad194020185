import { expect, test, type Page } from '@playwright/test';

import { SESSION_STORAGE_KEY } from '../src/api/token-store';
import { newCustomer, signOut, signUp } from './support/customer';
import { isTokenActive } from './support/emulator';

/** The session the app keeps in localStorage (docs/decisions/0001). */
async function storedRefreshToken(page: Page): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    const session = raw ? (JSON.parse(raw) as { refreshToken?: string }) : {};
    return session.refreshToken;
  }, SESSION_STORAGE_KEY);
}

test('signing out revokes the refresh token at the auth host', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  const refreshToken = await storedRefreshToken(page);
  expect(refreshToken).toBeTruthy();
  expect(await isTokenActive(refreshToken ?? '')).toBe(true);

  await signOut(page);

  await expect
    .poll(() => isTokenActive(refreshToken ?? ''), {
      message: 'the old refresh token is no longer active',
    })
    .toBe(false);
  // The app carries on in a fresh guest session of its own.
  await expect
    .poll(async () => {
      const next = await storedRefreshToken(page);
      return next !== undefined && next !== refreshToken;
    })
    .toBe(true);
});
