import type { Page } from '@playwright/test';

/* The design review panel that mock-mode builds show. */

const toggleOf = (page: Page) =>
  page.getByRole('button', { name: 'Review panel' });

export function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Design review' });
}

export async function openPanel(page: Page) {
  const toggle = toggleOf(page);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
  return panelOf(page);
}

export async function closePanel(page: Page) {
  const toggle = toggleOf(page);
  if ((await toggle.getAttribute('aria-expanded')) === 'true') {
    await toggle.click();
  }
}

/** Signs in from the panel as a customer of the loaded scenario. */
export async function signInFromPanel(page: Page, name: string) {
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: `Sign in as ${name}` }).click();
}
