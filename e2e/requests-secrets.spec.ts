import { expect, test, type Page } from '@playwright/test';

import { SESSION_STORAGE_KEY } from '../src/api/token-store';
import { newCustomer, signIn, signOut, signUp } from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';

/*
 * A whole visit — sign-up, a save, sign-out, a password reset from the
 * emailed link, a sign-in and an outage — while everything a token or a
 * password could leak into is recorded: console lines, page errors, the
 * URLs of requests and pages, Referer headers and the error notices shown.
 * None of it may contain a token, a password or the reset token once used.
 */

skipOnLiveBuilds(
  'reads the reset mail from the in-browser emulator (mock builds only)',
);

interface Leaks {
  where: string;
  text: string;
}

function recordLeakPaths(page: Page) {
  const seen: Leaks[] = [];
  page.on('console', (message) =>
    seen.push({ where: `console.${message.type()}`, text: message.text() }),
  );
  page.on('pageerror', (error) =>
    seen.push({
      where: 'page error',
      text: `${error.message}\n${error.stack}`,
    }),
  );
  page.on('request', (request) => {
    seen.push({ where: 'request URL', text: request.url() });
    const referer = request.headers().referer;
    if (referer) seen.push({ where: 'Referer', text: referer });
  });
  page.on('framenavigated', (frame) =>
    seen.push({ where: 'page URL', text: frame.url() }),
  );
  return {
    seen,
    async shownText() {
      seen.push({ where: 'page text', text: await page.innerText('body') });
    },
  };
}

/** The access and refresh token the app holds right now. */
async function heldTokens(page: Page): Promise<string[]> {
  const raw = await page.evaluate(
    (key) => localStorage.getItem(key),
    SESSION_STORAGE_KEY,
  );
  const session = JSON.parse(raw ?? '{}') as Record<string, unknown>;
  return [session.accessToken, session.refreshToken].filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
}

test('no token or password shows up in logs, URLs or error notices', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const record = recordLeakPaths(page);
  const customer = newCustomer();
  const newPassword = 'Fresh-secret-77';
  const secrets = new Set<string>([customer.password, newPassword]);
  const keep = async () => {
    for (const token of await heldTokens(page)) secrets.add(token);
  };

  await page.goto('/sign-in');
  await keep();
  await signUp(page, customer);
  await keep();
  await page.getByRole('link', { name: 'Profile' }).first().click();
  await page.getByLabel('Last name').fill('Keeper');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await signOut(page);
  await keep();

  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(customer.email);
  const resetToken = (await callEmulator(page, 'outbox')).at(-1)?.tokenValue;
  expect(resetToken).toBeTruthy();
  const linkUrl = `/reset-password?token=${resetToken}`;
  await page.goto(linkUrl);
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Password changed. You are signed in.',
  );
  await keep();
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await signOut(page);
  await signIn(page, { ...customer, password: newPassword });
  await expect(page).toHaveURL(/\/account$/);
  await keep();
  await page.getByRole('link', { name: 'Profile' }).first().click();
  // Faults live in the page's emulator only: set after the last page load.
  await callEmulator(page, 'setFaults', { outage: true });
  await page.getByLabel('Last name').fill('Offline');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toContainText('unavailable');
  await record.shownText();

  // The link itself carries the reset token; nothing after it may.
  const linkAt = record.seen.findIndex(
    (s) => s.where === 'page URL' && s.text.endsWith(linkUrl),
  );
  expect(linkAt).toBeGreaterThan(-1);
  const isTheLink = (entry: Leaks) =>
    entry.where === 'page URL' && entry.text.endsWith(linkUrl);
  const leaks = record.seen.flatMap((entry, index) => [
    ...[...secrets]
      .filter((secret) => entry.text.includes(secret))
      .map((secret) => `${entry.where}: ${secret.slice(0, 6)}…`),
    ...(index > linkAt &&
    !isTheLink(entry) &&
    resetToken &&
    entry.text.includes(resetToken)
      ? [`${entry.where}: the used reset token`]
      : []),
  ]);
  expect(secrets.size).toBeGreaterThan(4);
  expect(leaks).toEqual([]);
});
