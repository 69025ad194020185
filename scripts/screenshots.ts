/**
 * Design review gallery: every page of every scenario at phone and
 * desktop width, as PNGs plus an index.html that shows them side by side.
 *
 *   npm run screenshots                      build mock apps, shoot all
 *   npm run screenshots -- --out DIR         somewhere else than screenshots/
 *   npm run screenshots -- --url URL         use a running mock-mode app
 *   npm run screenshots -- --scenario NAME   only these (repeatable)
 *   npm run screenshots -- --port N          first port to serve on (4780)
 *
 * Without --url it builds a global mock app, and a berlin one for store
 * customers, and serves them on 127.0.0.1 only.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium, type Browser, type Page } from '@playwright/test';

import {
  SCENARIOS,
  type Scenario,
  type ScenarioCustomer,
} from '../src/emulator/core/seeds';
import {
  type GalleryRow,
  type GallerySection,
  galleryHtml,
} from '../src/review-panel/gallery-html';
import { REVIEW_PANEL_MARKER } from '../src/review-panel/marker';
import { LOCALE_STORAGE_KEY } from '../src/ui/i18n/locale-choice';
import { LOCALES } from '../src/ui/i18n/types';
import {
  ACCOUNT_PAGES,
  NOT_FOUND_HEADING,
  PUBLIC_PAGES,
} from '../src/review-panel/review-pages';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const children: ChildProcess[] = [];

function build(outDir: string, env: Record<string, string>): void {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITE_')),
  );
  console.log(`Building ${outDir}…`);
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { stdio: 'inherit', env: { ...inherited, VITE_API_MODE: 'mock', ...env } },
  );
}

async function serve(outDir: string, port: number): Promise<string> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  children.push(child);
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null)
      throw new Error(`vite preview on ${port} stopped`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered on ${url}`);
}

function stopServers(): void {
  for (const child of children) if (child.exitCode === null) child.kill();
}

const slug = (path: string) => path.replace(/^\//, '').replace(/\//g, '-');

/** Paths that answer "Page not found" in English, the first pass. */
const notBuilt = new Set<string>();

/** Shows the page at each width; a row without shots if it is not built. */
async function shoot(
  page: Page,
  path: string,
  dir: string,
  prefix: string,
): Promise<GalleryRow> {
  if (notBuilt.has(path)) return notBuiltRow(path);
  await page.goto(path);
  const heading = page.locator('main h1').first();
  await heading.waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  if ((await heading.innerText()).trim() === NOT_FOUND_HEADING) {
    notBuilt.add(path);
    return notBuiltRow(path);
  }
  const shots = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const file = `${prefix}/${slug(path)}-${viewport.width}.png`;
    await page.screenshot({ path: join(dir, file), fullPage: true });
    shots.push({ file, ...viewport });
  }
  return { path, shots };
}

const notBuiltRow = (path: string): GalleryRow => ({
  path,
  note: 'Not built yet: the app answers "Page not found".',
  shots: [],
});

/** The app's own form, by field names, so it works in every language. */
async function signIn(page: Page, customer: ScenarioCustomer) {
  await page.goto('/sign-in');
  const form = page.locator('main form:has(input[name="password"])');
  await form.locator('input[name="email"]').fill(customer.email);
  await form.locator('input[name="password"]').fill(customer.password);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/\/account$/, { timeout: 15_000 });
}

interface Pass {
  scenario: Scenario;
  lang: string;
  baseURL: string;
  /** Who to sign in as for the account pages; none skips them. */
  customer?: ScenarioCustomer;
  out: string;
}

async function shootScenario(
  browser: Browser,
  { scenario, lang, baseURL, customer, out }: Pass,
): Promise<GallerySection> {
  const context = await browser.newContext({
    baseURL,
    locale: lang,
    viewport: VIEWPORTS[0],
  });
  // Every load starts in this language (a profile's language would take
  // over after sign-in), and the pictures show the app, not the panel.
  await context.addInitScript(
    ({ key, locale, marker }) => {
      localStorage.setItem(key, locale);
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = `#${marker}{display:none!important}body{padding-bottom:0!important}`;
        document.head.append(style);
      });
    },
    { key: LOCALE_STORAGE_KEY, locale: lang, marker: REVIEW_PANEL_MARKER },
  );
  const page = await context.newPage();
  const prefix = `${scenario.name}/${lang}`;
  mkdirSync(join(out, prefix), { recursive: true });
  console.log(`${scenario.name} (${lang}) on ${baseURL}`);

  await page.goto(`/sign-in?scenario=${scenario.name}`);
  // The panel mounts once the scenario is in place.
  await page
    .locator(`#${REVIEW_PANEL_MARKER}`)
    .waitFor({ state: 'attached', timeout: 15_000 });
  const rows: GalleryRow[] = [];
  for (const path of PUBLIC_PAGES) {
    rows.push(await shoot(page, path, out, prefix));
  }
  if (customer) {
    await signIn(page, customer);
    for (const path of ACCOUNT_PAGES) {
      rows.push(await shoot(page, path, out, prefix));
    }
  } else if (scenario.customers.length > 0) {
    rows.push({
      path: '/account…',
      note: 'Only a store build signs this customer in; run without --url.',
      shots: [],
    });
  }
  await context.close();
  const { title, description } = scenario;
  return { title, description, lang, rows };
}

function options() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'screenshots' },
      url: { type: 'string' },
      port: { type: 'string', default: '4780' },
      scenario: { type: 'string', multiple: true },
    },
  });
  const wanted = values.scenario ?? [];
  const unknown = wanted.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`Unknown scenario: ${unknown.join(', ')}`);
  }
  const scenarios = SCENARIOS.filter(
    (s) => wanted.length === 0 || wanted.includes(s.name),
  );
  return { ...values, port: Number(values.port), scenarios };
}

/** Where each build answers: the global app, and one per customer store. */
async function startApps(
  scenarios: Scenario[],
  port: number,
): Promise<Map<string | undefined, string>> {
  const storeKeys = scenarios.flatMap((s) =>
    s.customers.map((c) => c.storeKey),
  );
  const stores = [undefined, ...new Set(storeKeys.filter(Boolean))];
  const urls = new Map<string | undefined, string>();
  for (const [i, storeKey] of stores.entries()) {
    const dir = storeKey ? `dist-screenshots-${storeKey}` : 'dist-screenshots';
    build(dir, storeKey ? { VITE_CTP_STORE_KEY: storeKey } : {});
    urls.set(storeKey, await serve(dir, port + i));
  }
  return urls;
}

async function main(): Promise<void> {
  const { out, url, port, scenarios } = options();
  const urls = url
    ? new Map([[undefined, url.replace(/\/+$/, '')]])
    : await startApps(scenarios, port);
  const browser = await chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
  const sections: GallerySection[] = [];
  try {
    for (const scenario of scenarios) {
      const customer = scenario.customers[0];
      const storeUrl = urls.get(customer?.storeKey);
      const baseURL = storeUrl ?? urls.get(undefined) ?? '';
      for (const lang of LOCALES) {
        const signInAs = storeUrl ? customer : undefined;
        const pass = { scenario, lang, baseURL, customer: signInAs, out };
        sections.push(await shootScenario(browser, pass));
      }
    }
  } finally {
    await browser.close();
  }
  const widths = VIEWPORTS.map((v) => v.width);
  const notes = [
    `Languages: ${LOCALES.join(', ')}, every language the UI has.`,
    `Widths: ${widths.join(' and ')} px. The review panel is hidden.`,
  ];
  writeFileSync(join(out, 'index.html'), galleryHtml(sections, widths, notes));
  console.log(`Wrote ${join(out, 'index.html')}`);
}

process.on('SIGINT', () => {
  stopServers();
  process.exit(130);
});
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopServers);
