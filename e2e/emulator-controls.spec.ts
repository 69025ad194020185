import { expect, test } from '@playwright/test';

import type { PersistentControls } from '../src/emulator/msw/persistence';
import { DEMO, signIn } from './support/customer';
import { callEmulator } from './support/emulator-controls';
import { skipOnLiveBuilds } from './support/projects';

/*
 * The helper every spec reaches the in-browser emulator through. The first
 * page paints before the emulator loads, so a control called straight
 * after `page.goto` must wait for it rather than quietly do nothing.
 */

skipOnLiveBuilds();

test('a fault set right after the first paint reaches the emulator', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await callEmulator(page, 'setFaults', { outage: true });

  await signIn(page, DEMO);

  await expect(page.getByRole('alert').first()).toContainText('unavailable');
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await callEmulator(page, 'faults')).toMatchObject({ outage: true });
});

test('a control the emulator does not have fails the test', async ({
  page,
}) => {
  await page.goto('/sign-in');
  const missing = 'noSuchControl' as keyof PersistentControls;

  await expect(callEmulator(page, missing)).rejects.toThrow(
    'The emulator has no control "noSuchControl" here.',
  );
});
