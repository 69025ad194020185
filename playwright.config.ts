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

// A server already listening on a port is reused only when asked: silently
// testing someone else's build is worse than a loud "port in use".
const reuseExistingServer = process.env.E2E_REUSE_SERVERS === '1';

/** A production build of one target, served by `vite preview`. */
function preview(target: BuildTarget) {
  // Per port, so two runs with different E2E_PORT_BASE never rebuild the
  // files the other one is serving.
  const outDir = `dist-${target.name}-${target.port}`;
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

/**
 * The projects named with `--project` (globs allowed), or none for all.
 * Playwright starts every web server whatever project runs; this lets
 * `--project mock-desktop` skip building and serving the live apps.
 */
function chosenProjects(argv: string[]): RegExp[] {
  const names: string[] = [];
  argv.forEach((arg, index) => {
    if (arg.startsWith('--project=')) names.push(arg.slice(10));
    if (arg !== '--project') return;
    for (const next of argv.slice(index + 1)) {
      if (next.startsWith('-')) break;
      names.push(next);
    }
  });
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return names.map(
    (name) => new RegExp(`^${escape(name).replace(/\*/g, '.*')}$`, 'i'),
  );
}

const chosen = chosenProjects(process.argv);
const runs = (project: string) =>
  chosen.length === 0 || chosen.some((pattern) => pattern.test(project));
const runsLive = runs('live-global') || runs('live-berlin');

const desktop = devices['Desktop Chrome'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two CPU cores run the browsers, three preview servers and the emulator.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Generous: on two busy cores an axe pass over a long page takes ~25 s.
  timeout: 60_000,
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
    // The live projects prove the HTTP path and store builds; the journeys
    // that only exercise UI logic run once, in mock mode.
    {
      name: 'live-global',
      testMatch: /\/(account-journey|two-tab-conflict|live-[^/]*)\.spec\.ts$/,
      use: { ...desktop, baseURL: baseUrlOf(BUILD_TARGETS.liveGlobal) },
    },
    {
      name: 'live-berlin',
      testMatch: /\/(account-journey|two-tab-conflict|store-[^/]*)\.spec\.ts$/,
      use: { ...desktop, baseURL: baseUrlOf(BUILD_TARGETS.liveBerlin) },
    },
  ],
  webServer: [
    ...(runsLive
      ? [
          {
            // One emulator for both live projects; tests use unique emails.
            command: `npm run emulator -- --port ${EMULATOR_PORT} --quiet`,
            url: `${EMULATOR_URL}/__emulator/clock`,
            reuseExistingServer,
            timeout: 60_000,
          },
        ]
      : []),
    ...(runs('mock-desktop') ? [preview(BUILD_TARGETS.mock)] : []),
    ...(runs('live-global') ? [preview(BUILD_TARGETS.liveGlobal)] : []),
    ...(runs('live-berlin') ? [preview(BUILD_TARGETS.liveBerlin)] : []),
  ],
});
