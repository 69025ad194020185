import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'my-account-env-check-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Runs `vite build` with exactly these app variables and no others. */
function build(appEnv: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITE_')),
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir],
    { env: { ...inherited, ...appEnv }, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the build checks the env with the app schema', () => {
  it('fails a live build naming every missing or bad variable', () => {
    const { status, output } = build({
      VITE_API_MODE: 'live',
      VITE_CTP_PROJECT_KEY: 'demo',
      VITE_CTP_API_URL: 'http://127.0.0.1:4010',
      VITE_CTP_AUTH_URL: '127.0.0.1:4010',
      VITE_CTP_CLIENT_ID: 'spa-client',
    });

    expect(status).not.toBe(0);
    expect(output).toContain('Invalid app configuration');
    expect(output).toContain(
      'VITE_CTP_CLIENT_SECRET: is required in live mode',
    );
    expect(output).toContain('VITE_CTP_AUTH_URL: must be an http(s) URL');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
