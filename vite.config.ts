import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

import { type AppConfig, parseConfig } from './src/api/config-schema';

/**
 * Fails the build with the app's own message when the env is bad, so a
 * live build with a missing variable never ships a page that cannot start.
 */
function checkEnv(): Plugin {
  return {
    name: 'my-account:check-env',
    apply: 'build',
    configResolved(resolved) {
      parseConfig(resolved.env, '/ct-emulator');
    },
  };
}

/** `public/` holds MSW's worker for mock mode; a live build drops it. */
function liveWithoutMockWorker(): Plugin {
  let worker = '';
  return {
    name: 'my-account:live-without-mock-worker',
    apply: 'build',
    configResolved(resolved) {
      const live = resolved.env.VITE_API_MODE === 'live';
      const outDir = resolve(resolved.root, resolved.build.outDir);
      worker = live ? join(outDir, 'mockServiceWorker.js') : '';
    },
    writeBundle() {
      if (worker) rmSync(worker, { force: true });
    },
  };
}

/** The strict policy a live build runs under; see docs/decisions/0003. */
export function contentSecurityPolicy(config: AppConfig): string {
  const hosts = [config.apiUrl, config.authUrl, config.accountServiceUrl]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);
  return [
    "default-src 'self'",
    `connect-src 'self' ${[...new Set(hosts)].join(' ')}`,
    "style-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `vite preview` of a live build sends the policy, as production should. */
function previewHeaders(env: Record<string, string>) {
  if (env.VITE_API_MODE !== 'live') return undefined;
  const config = parseConfig(env, '/ct-emulator');
  return { 'Content-Security-Policy': contentSecurityPolicy(config) };
}

export default defineConfig(({ mode, isPreview }) => {
  // `npm run build:demo` is a mock-mode site whatever .env.local says;
  // variables already in the process win over .env files.
  if (mode === 'demo') process.env.VITE_API_MODE = 'mock';
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), checkEnv(), liveWithoutMockWorker()],
    resolve: {
      // MSW's cookie jar, unused by the emulator: see no-cookie-jar.ts.
      alias: {
        'tough-cookie': resolve('src/emulator/msw/no-cookie-jar.ts'),
      },
    },
    server: { host: '127.0.0.1', strictPort: true },
    preview: {
      host: '127.0.0.1',
      strictPort: true,
      headers: isPreview ? previewHeaders(env) : undefined,
    },
    build: { target: 'es2022', sourcemap: false },
  };
});
