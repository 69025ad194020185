/**
 * Lighthouse (mobile profile) on the built mock-mode app, for `/sign-in`
 * and a signed-in `/account/profile`, with the system Chromium. Builds
 * into dist-lighthouse/, serves it with `vite preview` and drives Chromium
 * on free ports in 4600-4699 on 127.0.0.1; prints scores and metrics
 * against the targets and exits non-zero when one is missed. JSON reports
 * land in dist-lighthouse/reports/. Not part of `npm test`: it takes about
 * a minute and its timings depend on how busy the machine is.
 *
 * Each page is audited `--runs` times (default 3) and the median run, as
 * Lighthouse's own computeMedianRun picks it (by FCP and TTI), is the one
 * reported: single runs on a shared machine differ by tens of points.
 *
 *   npm run lighthouse
 *   npm run lighthouse -- --no-build --runs 5
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const outDir = 'dist-lighthouse';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  throw new Error('--runs takes a whole number from 1 to 20');
}
// Debian's Chromium; Playwright's own browser where there is none.
const systemChromium = '/usr/bin/chromium';
const chromePath = existsSync(systemChromium) ? systemChromium : undefined;
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Target {
  label: string;
  read: (lhr: Result) => number | undefined;
  format: (n: number) => string;
  /** True when the measured value meets the target. */
  ok: (n: number) => boolean;
}

const score = (id: string) => (lhr: Result) => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? undefined : value * 100;
};
const metric = (id: string) => (lhr: Result) => lhr.audits[id]?.numericValue;

const targets: Target[] = [
  {
    label: 'performance ≥98',
    read: score('performance'),
    format: (n) => n.toFixed(0),
    ok: (n) => n >= 98,
  },
  {
    label: 'accessibility 100',
    read: score('accessibility'),
    format: (n) => n.toFixed(0),
    ok: (n) => n >= 100,
  },
  {
    label: 'best practices 100',
    read: score('best-practices'),
    format: (n) => n.toFixed(0),
    ok: (n) => n >= 100,
  },
  {
    label: 'LCP ≤1.8 s',
    read: metric('largest-contentful-paint'),
    format: (n) => `${(n / 1000).toFixed(2)} s`,
    ok: (n) => n <= 1800,
  },
  {
    label: 'TBT ≤50 ms',
    read: metric('total-blocking-time'),
    format: (n) => `${n.toFixed(0)} ms`,
    ok: (n) => n <= 50,
  },
  {
    label: 'CLS 0',
    read: metric('cumulative-layout-shift'),
    format: (n) => n.toFixed(3),
    ok: (n) => n === 0,
  },
];

async function freePorts(count: number): Promise<number[]> {
  const found: number[] = [];
  for (let port = 4600; port < 4700 && found.length < count; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) found.push(port);
  }
  if (found.length < count) throw new Error('No free ports in 4600-4699');
  return found;
}

function build() {
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { stdio: 'inherit', env: { ...process.env, VITE_API_MODE: 'mock' } },
  );
}

async function preview(port: number) {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`preview exited ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`:${port}`)) resolve();
    });
  });
  // npx starts vite as a child: stop the whole group.
  return () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
}

async function audit(url: string, debugPort: number, signedIn: boolean) {
  const flags: Flags = {
    port: debugPort,
    hostname: '127.0.0.1',
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // The signed-in page needs the session and emulator data in storage.
    disableStorageReset: signedIn,
  };
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    results.push(result.lhr);
    const { audits } = result.lhr;
    const ms = (id: string) => (audits[id]?.numericValue ?? NaN).toFixed(0);
    console.log(
      `${new URL(url).pathname} run ${run + 1}: ` +
        `FCP ${ms('first-contentful-paint')} ms, ` +
        `LCP ${ms('largest-contentful-paint')} ms, ` +
        `TBT ${ms('total-blocking-time')} ms`,
    );
  }
  return computeMedianRun(results);
}

function printTable(results: [string, Result][]) {
  const width = 22;
  console.log(
    '\n' +
      'target'.padEnd(width) +
      results.map(([name]) => name.padStart(width)).join(''),
  );
  let missed = 0;
  for (const target of targets) {
    const cells = results.map(([, lhr]) => {
      const value = target.read(lhr);
      if (value === undefined) {
        missed += 1;
        return 'n/a'.padStart(width);
      }
      const ok = target.ok(value);
      if (!ok) missed += 1;
      return `${target.format(value)} ${ok ? 'ok' : 'MISS'}`.padStart(width);
    });
    console.log(target.label.padEnd(width) + cells.join(''));
  }
  return missed;
}

function failedAudits(lhr: Result): string[] {
  return Object.values(lhr.audits).flatMap((a) =>
    a.score !== null && a.score < 1 ? [`${a.id} (${a.score})`] : [],
  );
}

if (!process.argv.includes('--no-build')) build();
const [appPort, debugPort] = await freePorts(2);
const stopPreview = await preview(appPort ?? 0);
const profileDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
const browser = await chromium
  .launchPersistentContext(profileDir, {
    executablePath: chromePath,
    headless: true,
    args: [...chromeFlags, `--remote-debugging-port=${debugPort}`],
  })
  .catch((error: unknown) => {
    // The preview server would keep this process alive: stop it first.
    stopPreview();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  });
try {
  const base = `http://127.0.0.1:${appPort}`;
  const signIn = await audit(`${base}/sign-in`, debugPort ?? 0, false);

  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill('alex.demo@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Demo-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/account`);
  const profile = await audit(`${base}/account/profile`, debugPort ?? 0, true);

  const results: [string, Result][] = [
    ['/sign-in', signIn],
    ['/account/profile', profile],
  ];
  mkdirSync(join(outDir, 'reports'), { recursive: true });
  for (const [name, lhr] of results) {
    const file = join(
      outDir,
      'reports',
      `${name.slice(1).replace('/', '-')}.json`,
    );
    writeFileSync(file, JSON.stringify(lhr, null, 1));
    const below = failedAudits(lhr);
    if (below.length)
      console.log(`${name} audits below full score: ${below.join(', ')}`);
  }
  const missed = printTable(results);
  console.log(
    `\nMedian of ${runs} run(s) per page. Lighthouse ` +
      `${signIn.lighthouseVersion}, ${signIn.userAgent}`,
  );
  if (missed > 0) {
    console.error(`${missed} target(s) missed`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  rmSync(profileDir, { recursive: true, force: true });
  stopPreview();
}
