import { expect, test } from '@playwright/test';

import { newCustomer, signIn, signOut, signUp } from './support/customer';
import { EMULATOR_URL } from './support/servers';

/*
 * `vite preview` serves live builds with the policy production should
 * send (vite.config.ts); every live journey runs under it. This test
 * proves nothing the app does is blocked, and that blocking is noticed.
 */

const STRICT = [
  "default-src 'self'",
  `connect-src 'self' ${EMULATOR_URL}`,
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
];

test('the live build works under a strict Content-Security-Policy', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) =>
    violations.push(text),
  );
  await page.addInitScript(() => {
    const report = (window as unknown as Record<string, (t: string) => void>)
      .reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report?.(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });

  const response = await page.goto('/sign-in');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy.split('; ')).toEqual(STRICT);

  const customer = newCustomer();
  await signUp(page, customer);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('First name')).toHaveValue(customer.firstName);
  await page.getByRole('link', { name: 'Addresses', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Add address' })).toBeVisible();
  await signOut(page);
  await page.goto('/sign-in');
  await signIn(page, customer);
  await expect(page).toHaveURL(/\/account$/);
  expect(violations).toEqual([]);

  // The watch is real: an inline style attribute is reported.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
