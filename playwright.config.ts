import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

import {
  BUILD_TARGETS,
  type BuildTarget,
  baseUrlOf,
  EMULATOR_PORT,
  EMULATOR_URL,
} from './e2e/support/servers';

// Debian's Chromium where it exists (Playwright cannot download its own
// browser on machines without internet); Playwright's browser elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => existsSync(path),
);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const reuseExistingServer = !process.env.CI;

/** A production build of one target, served by `vite preview`. */
function preview(target: BuildTarget) {
  const outDir = `dist-${target.name}`;
  return {
    command:
      `npx vite build --outDir ${outDir} --emptyOutDir --logLevel error && ` +
      `npx vite preview --outDir ${outDir} --port ${target.port} --strictPort`,
    url: baseUrlOf(target),
    env: target.env,
    reuseExistingServer,
    timeout: 180_000,
  };
}

const desktop = devices['Desktop Chrome'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two CPU cores run the browsers, three preview servers and the emulator.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'mock-desktop',
      testIgnore: /\/(live|store)-[^/]*\.spec\.ts$/,
      use: { ...desktop, baseURL: baseUrlOf(BUILD_TARGETS.mock) },
    },
    {
      name: 'live-global',
      testIgnore: /\/store-[^/]*\.spec\.ts$/,
      use: { ...desktop, baseURL: baseUrlOf(BUILD_TARGETS.liveGlobal) },
    },
    {
      name: 'live-berlin',
      use: { ...desktop, baseURL: baseUrlOf(BUILD_TARGETS.liveBerlin) },
    },
  ],
  webServer: [
    {
      // One emulator for both live projects; tests use unique emails.
      command: `npm run emulator -- --port ${EMULATOR_PORT} --quiet`,
      url: `${EMULATOR_URL}/__emulator/clock`,
      reuseExistingServer,
      timeout: 60_000,
    },
    preview(BUILD_TARGETS.mock),
    preview(BUILD_TARGETS.liveGlobal),
    preview(BUILD_TARGETS.liveBerlin),
  ],
});
