import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support/axe';
import {
  expectCredentialsChanged,
  newCustomer,
  signUp,
} from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { expectFieldError } from './support/forms';
import { isLiveProject } from './support/projects';

async function openChangePassword(page: Page) {
  await page.getByRole('link', { name: 'Change password' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Change password' }),
  ).toBeVisible();
}

test('a customer changes the password, stays signed in and signs in with it later', async ({
  page,
}) => {
  test.slow(); // a long journey on a shared, busy machine
  const customer = newCustomer();
  await signUp(page, customer);
  await openChangePassword(page);
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill('Not-my-password-1');
  await page.getByLabel('New password').fill('Fresh-pass-2026');
  await page.getByRole('button', { name: 'Change password' }).click();

  const current = page.getByLabel('Current password');
  await expectFieldError(page, current, 'The current password is wrong.');
  await expect(page.getByLabel('New password')).toHaveValue('Fresh-pass-2026');
  await expectNoAxeViolations(page);

  await current.fill(customer.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText('Password changed.');
  await expect(current).toHaveValue('');

  // The session renewed with the new password keeps working.
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('First name')).toHaveValue(customer.firstName);

  await expectCredentialsChanged(page, customer, {
    ...customer,
    password: 'Fresh-pass-2026',
  });
});

test('the form rates the new password, warns about Caps Lock and shows the password on request', async ({
  page,
}) => {
  await signUp(page, newCustomer());
  await openChangePassword(page);
  const fresh = page.getByLabel('New password');

  await fresh.fill('lanterns');
  await expect(page.getByText('Strength: Weak.')).toBeVisible();
  await fresh.fill('maple7tree');
  await expect(page.getByText('Strength: OK.')).toBeVisible();
  await fresh.fill('Maple7-treetop');
  await expect(page.getByText('Strength: Strong.')).toBeVisible();
  await expect(fresh).toHaveAttribute('autocomplete', 'new-password');
  await expect(page.getByLabel('Current password')).toHaveAttribute(
    'autocomplete',
    'current-password',
  );

  await fresh.dispatchEvent('keydown', { key: 'A', modifierCapsLock: true });
  await expect(page.getByText('Caps Lock is on.')).toBeVisible();
  await fresh.dispatchEvent('keyup', { key: 'a', modifierCapsLock: false });
  await expect(page.getByText('Caps Lock is on.')).toHaveCount(0);

  const show = page.getByRole('button', { name: 'Show password' }).last();
  await show.click();
  await expect(fresh).toHaveAttribute('type', 'text');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
});

test('a new password equal to the current one is refused before sending', async ({
  page,
}) => {
  const customer = newCustomer();
  await signUp(page, customer);
  await openChangePassword(page);

  await page.getByLabel('Current password').fill(customer.password);
  await page.getByLabel('New password').fill(customer.password);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page.getByLabel('New password')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    page.getByText('Choose a new password that differs from the current one.'),
  ).toHaveCount(2);
});

test('a change made elsewhere meanwhile does not stop the password change', async ({
  page,
}, info) => {
  test.skip(isLiveProject(info), 'the conflict fault is set in the browser');
  const customer = newCustomer();
  await signUp(page, customer);
  await openChangePassword(page);
  await callEmulator(page, 'setFaults', { conflictNextWrite: true });

  await page.getByLabel('Current password').fill(customer.password);
  await page.getByLabel('New password').fill('Fresh-pass-2026');
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page.getByRole('status')).toHaveText('Password changed.');
});
