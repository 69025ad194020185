/**
 * Proves a live build carries no emulator: no MSW, no service worker, no
 * emulator core, not even mock mode's address. Mock mode loads all of
 * that through one dynamic import behind a static check; a static import
 * anywhere would drag it into every live build, and this check fails.
 *
 *   npm run check:live-bundle                  build a live app, then scan
 *   npm run check:live-bundle -- --dir <out>   scan an existing live build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

interface Marker {
  text: string;
  what: string;
  /** Where the marker is known to live; checked so it cannot go stale. */
  sources: string[];
}

const MARKERS: Marker[] = [
  {
    text: 'mockServiceWorker',
    what: "MSW's service worker or its registration",
    sources: ['src/emulator/msw', 'node_modules/msw/lib/browser/index.mjs'],
  },
  {
    text: '[MSW]',
    what: 'the MSW library',
    sources: ['node_modules/msw/lib/browser/index.mjs'],
  },
  {
    text: 'ct-emulator',
    what: "mock mode's emulator address",
    sources: ['src/api/config.ts'],
  },
  {
    text: 'my-account-emulator',
    what: "the emulator's browser storage",
    sources: ['src/emulator/msw'],
  },
  {
    text: 'is not built in the emulator',
    what: 'the emulator core',
    sources: ['src/emulator/core'],
  },
  {
    text: 'my-account-review-panel',
    what: 'the design review panel',
    sources: ['src/review-panel/marker.ts'],
  },
];

const TEXT_FILE = /\.(html|js|mjs|css|json|map|txt|webmanifest)$/;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function contains(path: string, text: string): boolean {
  const readable = TEXT_FILE.test(path) || /\.tsx?$/.test(path);
  return readable && readFileSync(path, 'utf8').includes(text);
}

/** Markers that no longer occur where they should: the check went blind. */
export function staleMarkers(root = '.'): Marker[] {
  return MARKERS.filter(
    (marker) =>
      !marker.sources.some((source) =>
        filesUnder(join(root, source)).some((f) => contains(f, marker.text)),
      ),
  );
}

/** Every trace of mock mode in a build directory, as readable lines. */
export function findTraces(dir: string): string[] {
  const files = filesUnder(dir);
  const traces = files
    .filter((file) => file.endsWith('mockServiceWorker.js'))
    .map((file) => `${relative(dir, file)}: MSW's service worker file`);
  for (const file of files.filter((f) => TEXT_FILE.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const marker of MARKERS) {
      if (text.includes(marker.text)) {
        traces.push(
          `${relative(dir, file)}: "${marker.text}" (${marker.what})`,
        );
      }
    }
  }
  return traces;
}

const liveEnv = {
  VITE_API_MODE: 'live',
  VITE_CTP_PROJECT_KEY: 'bundle-check',
  VITE_CTP_API_URL: 'http://127.0.0.1:4010',
  VITE_CTP_AUTH_URL: 'http://127.0.0.1:4010',
  VITE_CTP_CLIENT_ID: 'bundle-check-client',
  VITE_CTP_CLIENT_SECRET: 'bundle-check-secret',
};

function buildLive(outDir: string): void {
  // Only these app variables, whatever the shell or .env.local say.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITE_')),
  );
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
    { stdio: 'inherit', env: { ...inherited, ...liveEnv } },
  );
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const stale = staleMarkers();
  if (stale.length > 0) {
    for (const marker of stale) {
      console.error(
        `check-live-bundle: "${marker.text}" is no longer in ` +
          `${marker.sources.join(' or ')}; pick a marker that is.`,
      );
    }
    process.exit(1);
  }

  const dir = values.dir ?? 'dist-live-check';
  if (!values.dir) buildLive(dir);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`check-live-bundle: no build in ${dir}`);
    process.exit(1);
  }
  const traces = findTraces(dir);
  if (traces.length > 0) {
    console.error(`The live build in ${dir} carries mock mode:`);
    for (const trace of traces) console.error(`- ${trace}`);
    process.exit(1);
  }
  console.log(`${dir}: no emulator, MSW or mock-mode code in the live build`);
}

if (process.argv[1]?.endsWith('check-live-bundle.ts')) main();
