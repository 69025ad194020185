import { expect, type Page, test } from '@playwright/test';

import { skipOnLiveBuilds } from './support/projects';
import {
  closePanel,
  openPanel,
  panelOf,
  signInFromPanel,
} from './support/review-panel';

/*
 * Each control of the review panel puts the app into the state it names,
 * seen the way a reviewer sees it.
 */

skipOnLiveBuilds();

/** Loads a scenario on `path` and signs in as its customer. */
async function signedIn(
  page: Page,
  scenario: string,
  name: string,
  path = '/account',
) {
  await page.goto(`${path}?scenario=${scenario}`);
  await signInFromPanel(page, name);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await closePanel(page);
}

const firstName = (page: Page) =>
  page.getByLabel('First name', { exact: true });
const saveButton = (page: Page) =>
  page.getByRole('main').getByRole('button', { name: 'Save' });
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('a scenario from the address bar is applied once, then the address is clean', async ({
  page,
}) => {
  await signedIn(page, 'new-customer', 'Kai Neuling', '/account/profile');
  await expect(firstName(page)).toHaveValue('Kai');

  await firstName(page).fill('Kira');
  await saveButton(page).click();
  await expect(status(page)).toHaveText('Saved.');
  await page.reload();

  await expect(page).toHaveURL(/\/account\/profile$/);
  await expect(firstName(page)).toHaveValue('Kira');
});

for (const path of ['/', '/sign-in', '/sign-up']) {
  test(`a scenario link to ${path} applies while someone is signed in`, async ({
    page,
  }) => {
    await signedIn(page, 'new-customer', 'Kai Neuling');

    // The page paints before the emulator starts, and redirects a
    // signed-in customer meanwhile: the scenario must apply all the same.
    await page.goto(`${path}?scenario=many-addresses`);

    await expect((await openPanel(page)).getByRole('status')).toHaveText(
      'Scenario "Many addresses" loaded.',
    );
    await expect(page).not.toHaveURL(/scenario=/);
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  });
}

test('the panel switches to another scenario', async ({ page }) => {
  await page.goto('/sign-in?scenario=new-customer');
  const panel = await openPanel(page);

  await panel.getByLabel('Another scenario').selectOption('many-addresses');
  await panel.getByRole('button', { name: 'Load scenario' }).click();

  await expect(panel.getByRole('status')).toHaveText(
    'Scenario "Many addresses" loaded.',
  );
  await expect(
    panel.getByRole('button', { name: 'Sign in as Kai Neuling' }),
  ).toHaveCount(0);
  await panel
    .getByRole('button', { name: /^Sign in as Maximiliane-Friederike/ })
    .click();
  await expect(page.getByRole('main')).toContainText('Maximiliane-Friederike');
});

test('reset data starts the scenario over and signs out', async ({ page }) => {
  await signedIn(page, 'new-customer', 'Kai Neuling', '/account/profile');
  await firstName(page).fill('Kira');
  await saveButton(page).click();
  await expect(status(page)).toHaveText('Saved.');

  await (
    await openPanel(page)
  )
    .getByRole('button', { name: 'Reset data' })
    .click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await panelOf(page)
    .getByRole('button', { name: 'Sign in as Kai Neuling' })
    .click();
  await expect(firstName(page)).toHaveValue('Kai');
});

test('the mailbox holds the verification mails, and the current link verifies', async ({
  page,
}) => {
  await page.goto('/sign-in?scenario=unverified-email');
  const panel = await openPanel(page);
  await expect(panel).toContainText('2 mails so far.');

  await panel.getByRole('link', { name: 'Open the mailbox' }).click();
  await expect(page).toHaveURL(/\/mailbox$/);
  const links = page
    .getByRole('main')
    .getByRole('link', { name: 'Verify your email' });
  await expect(links).toHaveCount(2);
  // Newest first: the first link is the one that still works.
  await links.first().click();

  await expect(page.getByRole('main')).toContainText(
    'uma.ungeprueft@example.com is verified',
  );
});

test('latency slows every answer down', async ({ page }) => {
  await signedIn(page, 'demo', 'Alex Demo', '/account/profile');
  await (
    await openPanel(page)
  )
    .getByLabel('Latency of every answer')
    .selectOption({ label: '3 s' });
  await closePanel(page);
  const started = await page.evaluate(() => Date.now());

  await firstName(page).fill('Alexis');
  await saveButton(page).click();

  await expect(
    page.getByRole('main').getByRole('button', { name: 'Saving…' }),
  ).toBeVisible();
  await expect(status(page)).toHaveText('Saved.');
  const took = (await page.evaluate(() => Date.now())) - started;
  expect(took).toBeGreaterThanOrEqual(3000);
});

test('the next save conflicts with a change to the same field elsewhere', async ({
  page,
}) => {
  await signedIn(page, 'demo', 'Alex Demo', '/account/profile');
  await firstName(page).fill('Kim');
  const panel = await openPanel(page);

  await panel
    .getByRole('button', { name: 'Make the next save conflict' })
    .click();
  await expect(panel).toContainText('(armed)');
  await closePanel(page);
  await saveButton(page).click();

  const choice = page.getByRole('group', {
    name: 'First name was also changed elsewhere',
  });
  await expect(choice).toBeVisible();
  await expect(choice).toContainText('Kim (other device)');
  await expect(choice).toContainText('Your change: Kim');
});

test('an expired session sends the customer to sign in at the next save', async ({
  page,
}) => {
  await signedIn(page, 'demo', 'Alex Demo', '/account/profile');
  await firstName(page).fill('Alexis');

  await (
    await openPanel(page)
  )
    .getByRole('button', { name: 'Expire the session' })
    .click();
  await closePanel(page);
  await saveButton(page).click();

  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('the service goes down, survives a reload, and comes back', async ({
  page,
}) => {
  await signedIn(page, 'demo', 'Alex Demo');
  await (
    await openPanel(page)
  )
    .getByRole('button', { name: 'Take the service down' })
    .click();

  await page.reload();

  const alert = page.getByRole('main').getByRole('alert');
  // Reads retry three times (1, 2, 4 s) before the page gives up.
  await expect(alert).toContainText('The service is unavailable', {
    timeout: 20_000,
  });
  await panelOf(page)
    .getByRole('button', { name: 'Bring the service back' })
    .click();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('main')).toContainText('Hello, Alex');
});

test('the panel works from the keyboard', async ({ page }) => {
  await page.goto('/sign-in?scenario=demo');
  const toggle = page.getByRole('button', { name: 'Review panel' });

  await toggle.focus();
  await page.keyboard.press('Enter');

  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page.getByRole('heading', { name: 'Design review' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Design review' }),
  ).toBeHidden();
});
