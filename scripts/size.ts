/**
 * Builds the live-mode production app and reports its size: every chunk
 * raw, gzip and brotli, and the files the browser loads first for the
 * routes a shopper opens. Exits non-zero when a budget is exceeded.
 *
 *   npm run size                 report and check budgets
 *   npm run size -- --no-build   measure an existing dist-size/
 *   npm run size -- --rebuild    build even when no input changed
 *
 * `npm test` runs it, so the build is skipped when nothing that goes into
 * it changed since the last run (a hash of the inputs sits next to it).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const outDir = 'dist-size';
const stampFile = join(outDir, '.inputs-sha256');
const kb = 1024;
const budgets = { initialJs: 140 * kb, allJs: 200 * kb, css: 15 * kb };

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
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

/** Everything that can change the bundle; tests cannot. */
function inputsHash(): string {
  const hash = createHash('sha256').update(JSON.stringify(liveEnv));
  const rootFiles = readdirSync('.').filter(
    (f) => /^\.env/.test(f) || /^(index\.html|package-lock\.json)$/.test(f),
  );
  const files = [
    ...rootFiles,
    ...['vite.config.ts', 'tsconfig.json'],
    ...listFiles('src').filter((f) => !/\.test\.tsx?$|\/tests\//.test(f)),
    ...listFiles('public'),
  ];
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    hash.update(`${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function build(hash: string) {
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'error',
    ],
    { stdio: 'inherit', env: { ...process.env, ...liveEnv } },
  );
  writeFileSync(stampFile, hash);
}

function buildIfChanged() {
  const hash = inputsHash();
  const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8');
  if (!process.argv.includes('--rebuild') && built === hash) {
    console.log(`No input changed since the last size build: ${outDir}/.`);
    return;
  }
  build(hash);
}

const measured = new Map<string, Record<'raw' | 'gzip' | 'brotli', number>>();

/** Compressing is the slow part: each file once. */
function sizes(file: string) {
  const known = measured.get(file);
  if (known) return known;
  const bytes = readFileSync(join(outDir, file));
  const result = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
  measured.set(file, result);
  return result;
}

/** A chunk's static import closure: what loads before it can run. */
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
  return [...files].sort();
}

function sumGzip(files: Iterable<string>) {
  let total = 0;
  for (const file of files) total += sizes(file).gzip;
  return total;
}

const format = (n: number) => `${(n / kb).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) buildIfChanged();

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
const signInSet = staticClosure(manifest, entryKey);

// A deep link to a lazy page loads the entry, then that page's chunks.
const profileKey = Object.keys(manifest).find((k) =>
  k.includes('features/profile/profile-page'),
);
if (!profileKey) throw new Error('No profile page chunk in the manifest');
const profileSet = staticClosure(manifest, profileKey, new Set(signInSet));

const routes: [string, Set<string>][] = [
  ['/sign-in', signInSet],
  ['/account/profile', profileSet],
];
for (const [route, keys] of routes) {
  console.log(`\nloaded first for ${route}`);
  for (const file of [
    ...filesOf(manifest, keys, '.js'),
    ...filesOf(manifest, keys, '.css'),
  ]) {
    console.log(`  ${file.padEnd(45)}${format(sizes(file).gzip).padStart(10)}`);
  }
}

const allJs = assets.filter((f) => f.endsWith('.js'));
const allCss = assets.filter((f) => f.endsWith('.css'));
const profileJs = sumGzip(filesOf(manifest, profileSet, '.js'));

// The profile deep link is reported, not budgeted on its own: it is the
// first page plus lazy chunks, and the all-JS budget already bounds it.
const rows: [string, number, number | undefined][] = [
  [
    'initial JS (/sign-in)',
    sumGzip(filesOf(manifest, signInSet, '.js')),
    budgets.initialJs,
  ],
  ['initial JS (/account/profile)', profileJs, undefined],
  ['all JS', sumGzip(allJs), budgets.allJs],
  [
    'initial CSS (/sign-in)',
    sumGzip(filesOf(manifest, signInSet, '.css')),
    budgets.css,
  ],
  ['all CSS', sumGzip(allCss), budgets.css],
];

console.log('\nset'.padEnd(36) + 'gzip'.padStart(10) + 'budget'.padStart(10));
let over = 0;
for (const [name, size, budget] of rows) {
  const exceeded = budget !== undefined && size > budget;
  if (exceeded) over += 1;
  console.log(
    name.padEnd(35) +
      format(size).padStart(10) +
      (budget === undefined ? '—' : format(budget)).padStart(10) +
      (exceeded ? '  OVER' : ''),
  );
}
if (over > 0) {
  console.error(`\n${over} size budget(s) exceeded`);
  process.exit(1);
}
console.log('\nAll size budgets met.');
