import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

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

const mockPort = 4173;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${mockPort}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'mock-desktop',
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    command:
      'npx vite build --outDir dist-e2e --emptyOutDir --logLevel warn && ' +
      `npx vite preview --outDir dist-e2e --port ${mockPort} --strictPort`,
    url: `http://127.0.0.1:${mockPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
