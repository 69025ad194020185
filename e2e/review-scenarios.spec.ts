import { expect, type Page, test } from '@playwright/test';

import { SCENARIOS, type Scenario } from '../src/emulator/core/seeds';
import {
  ACCOUNT_PAGES,
  NOT_FOUND_HEADING,
  PUBLIC_PAGES,
} from '../src/review-panel/review-pages';
import { expectNoAxeViolations } from './support/axe';
import { skipOnLiveBuilds } from './support/projects';
import { openPanel, signInFromPanel } from './support/review-panel';

/*
 * Design review mode: every scenario loads from `?scenario=`, and every
 * page a reviewer can reach in it renders with no axe violations, the
 * open review panel included.
 */

skipOnLiveBuilds();

function heading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

/**
 * Opens a page and waits until it has loaded. False for a page the app
 * does not have yet: it is noted on the test, not checked.
 */
async function visit(page: Page, path: string): Promise<boolean> {
  await page.goto(path);
  await expect(heading(page)).toBeVisible();
  if ((await heading(page).innerText()) === NOT_FOUND_HEADING) {
    test.info().annotations.push({ type: 'not built yet', description: path });
    return false;
  }
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('main')).not.toContainText('Loading');
  return true;
}

/** The customer a global build can sign in, if the scenario has one. */
const globalCustomer = (scenario: Scenario) =>
  scenario.customers.find((c) => c.storeKey === undefined);

async function loadScenario(page: Page, scenario: Scenario) {
  await page.goto(`/sign-in?scenario=${scenario.name}`);
  await expect(page).toHaveURL(/\/sign-in$/);
  const panel = await openPanel(page);
  await expect(panel.getByRole('status')).toHaveText(
    `Scenario "${scenario.title}" loaded.`,
  );
  return panel;
}

for (const scenario of SCENARIOS) {
  test(`scenario ${scenario.name}: public pages render with no axe violations`, async ({
    page,
  }) => {
    // Several pages and axe runs each: longer than one journey.
    test.setTimeout(120_000);
    await loadScenario(page, scenario);
    await expectNoAxeViolations(page);

    for (const path of PUBLIC_PAGES) {
      if (await visit(page, path)) await expectNoAxeViolations(page);
    }
  });

  const customer = globalCustomer(scenario);
  if (!customer) continue;
  test(`scenario ${scenario.name}: account pages render with no axe violations`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const panel = await loadScenario(page, scenario);

    await panel
      .getByRole('button', { name: `Sign in as ${customer.name}` })
      .click();
    await expect(page).toHaveURL(/\/account$/);

    for (const path of ACCOUNT_PAGES) {
      if (await visit(page, path)) await expectNoAxeViolations(page);
    }
  });
}

test('many-addresses shows every script on the address page', async ({
  page,
}) => {
  await page.goto('/account/addresses?scenario=many-addresses');
  await signInFromPanel(page, 'Maximiliane');

  await expect(page).toHaveURL(/\/account\/addresses$/);
  const main = page.getByRole('main');
  for (const text of ['Lindenblütenstraße', 'Київ', 'القاهرة', '千代田区']) {
    await expect(main.getByText(text, { exact: false }).first()).toBeVisible();
  }
});

test('new-customer has no addresses yet', async ({ page }) => {
  await page.goto('/account/addresses?scenario=new-customer');
  await signInFromPanel(page, 'Kai Neuling');

  await expect(page.getByRole('main')).toContainText(
    'You have no saved addresses yet.',
  );
});

test('unverified-email asks the customer to verify', async ({ page }) => {
  await page.goto('/account?scenario=unverified-email');
  await signInFromPanel(page, 'Uma Ungeprüft');

  await expect(page.getByText('Please verify your email.')).toBeVisible();
});

test('store-customer: a global build turns the berlin customer away', async ({
  page,
}) => {
  await page.goto('/sign-in?scenario=store-customer');
  const panel = await openPanel(page);
  await expect(panel).toContainText('VITE_CTP_STORE_KEY=berlin');

  await panel.getByRole('button', { name: 'Sign in as Bo Berliner' }).click();

  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('full-carts: the guest holds a full cart, and signing in merges it', async ({
  page,
}) => {
  await page.goto('/cart?scenario=full-carts');
  const main = page.getByRole('main');
  await expect(main).toContainText('Enamel mug');
  await expect(main).toContainText('Wool socks');

  await page.goto('/sign-in');
  await signInFromPanel(page, 'Carla Korb');
  await expect(page).toHaveURL(/\/account$/);
  await page.goto('/cart');

  // The saved cart's tote bag and the guest's socks end up together.
  await expect(main).toContainText('Canvas tote bag');
  await expect(main).toContainText('Wool socks');
});
