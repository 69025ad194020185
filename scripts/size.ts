/**
 * Builds the live-mode production app and reports its size: every chunk
 * raw, gzip and brotli, and the set of files the browser loads first for
 * the routes a shopper opens. Exits non-zero when a budget is exceeded.
 *
 *   npm run size            report and check budgets
 *   npm run size -- --no-build   measure an existing dist-size/
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const outDir = 'dist-size';
const kb = 1024;
const budgets = { initialJs: 140 * kb, allJs: 200 * kb, css: 15 * kb };

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const liveEnv = {
  VITE_API_MODE: 'live',
  VITE_CTP_PROJECT_KEY: 'size-check',
  VITE_CTP_API_URL: 'http://127.0.0.1:4010',
  VITE_CTP_AUTH_URL: 'http://127.0.0.1:4010',
  VITE_CTP_CLIENT_ID: 'size-client',
  VITE_CTP_CLIENT_SECRET: 'size-secret',
};

function build() {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'],
    { stdio: 'inherit', env: { ...process.env, ...liveEnv } },
  );
}

function sizes(file: string) {
  const bytes = readFileSync(join(outDir, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

/** The entry's static import closure: what loads before the first paint. */
function staticClosure(
  manifest: Manifest,
  key: string,
  seen = new Set<string>(),
) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) {
    staticClosure(manifest, child, seen);
  }
  return seen;
}

function filesOf(manifest: Manifest, keys: Set<string>, ext: string) {
  const files = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith(ext)) files.add(chunk.file);
    for (const css of chunk.css ?? []) if (ext === '.css') files.add(css);
  }
  return files;
}

function sumGzip(files: Iterable<string>) {
  let total = 0;
  for (const file of files) total += sizes(file).gzip;
  return total;
}

const format = (n: number) => `${(n / kb).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) build();

const manifest = JSON.parse(
  readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
) as Manifest;

const assets = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`);
console.log(
  '\nfile'.padEnd(48) +
    'raw'.padStart(10) +
    'gzip'.padStart(10) +
    'brotli'.padStart(10),
);
for (const file of assets.sort()) {
  const s = sizes(file);
  console.log(
    file.padEnd(47) +
      format(s.raw).padStart(10) +
      format(s.gzip).padStart(10) +
      format(s.brotli).padStart(10),
  );
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entryKey) throw new Error('No entry chunk in the Vite manifest');
const initial = staticClosure(manifest, entryKey);
const initialJs = filesOf(manifest, initial, '.js');
const initialCss = filesOf(manifest, initial, '.css');

const routeChunk = (needle: string) =>
  Object.keys(manifest).find((k) => k.includes(needle));
const profileKey = routeChunk('features/profile/profile-page');
const profileSet = new Set(initial);
if (profileKey) staticClosure(manifest, profileKey, profileSet);

const allJs = assets.filter((f) => f.endsWith('.js'));
const allCss = assets.filter((f) => f.endsWith('.css'));

const rows: [string, number, number][] = [
  ['initial JS (/sign-in)', sumGzip(initialJs), budgets.initialJs],
  [
    'initial JS (/account/profile)',
    sumGzip(filesOf(manifest, profileSet, '.js')),
    budgets.allJs,
  ],
  ['all JS', sumGzip(allJs), budgets.allJs],
  ['all CSS', sumGzip(allCss), budgets.css],
  ['initial CSS', sumGzip(initialCss), budgets.css],
];

console.log('\nset'.padEnd(36) + 'gzip'.padStart(10) + 'budget'.padStart(10));
let over = 0;
for (const [name, size, budget] of rows) {
  const flag = size > budget ? '  OVER' : '';
  if (size > budget) over += 1;
  console.log(
    name.padEnd(35) +
      format(size).padStart(10) +
      format(budget).padStart(10) +
      flag,
  );
}
if (over > 0) {
  console.error(`\n${over} size budget(s) exceeded`);
  process.exit(1);
}
