/**
 * Load on the HTTP emulator: starts it on a free port in 4600-4699 on
 * 127.0.0.1 (its own process, so load and server do not share one event
 * loop), signs up customers, then has each virtual user alternate a
 * sign-in (password flow) with a profile update (GET /me, POST /me) until
 * the time or request bound is reached. Prints requests/s and p50/p99.
 *
 *   npm run bench:emulator
 *   npm run bench:emulator -- --seconds 10 --users 8 --max-requests 20000
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    users: { type: 'string', default: '8' },
    'max-requests': { type: 'string', default: '20000' },
  },
});
const seconds = Number(values.seconds);
const users = Number(values.users);
const maxRequests = Number(values['max-requests']);
for (const [name, n] of Object.entries({ seconds, users, maxRequests })) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: ${n}?`);
}

const pk = 'demo';
const basic = `Basic ${btoa('spa-client:spa-secret')}`;

/** The first port from 4600 that nothing listens on. */
async function freePort(): Promise<number> {
  for (let port = 4600; port < 4700; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port in 4600-4699');
}

function startEmulator(port: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/emulator/http/cli.ts', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('commercetools emulator on')) resolve();
    });
  });
  // The first line says it is up; the per-request log lines are dropped.
  return { child, ready };
}

const samples = new Map<string, number[]>();
let sent = 0;
let failures = 0;

async function timed(
  name: string,
  url: string,
  init: RequestInit,
): Promise<Record<string, unknown>> {
  sent += 1;
  const started = performance.now();
  const response = await fetch(url, init);
  const body = (await response.json()) as Record<string, unknown>;
  const list = samples.get(name) ?? [];
  list.push(performance.now() - started);
  samples.set(name, list);
  if (!response.ok) failures += 1;
  return body;
}

function client(base: string) {
  const form = (path: string, fields: Record<string, string>, name: string) =>
    timed(name, `${base}${path}`, {
      method: 'POST',
      headers: {
        authorization: basic,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(fields).toString(),
    });
  /** `route` is `METHOD /path` under the project, e.g. `GET /me`. */
  const api = (route: string, token: string, body?: unknown) => {
    const [method, path] = route.split(' ');
    return timed(route, `${base}/${pk}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  return { form, api };
}

async function virtualUser(base: string, n: number, until: number) {
  const { form, api } = client(base);
  const email = `bench.${n}.${Date.now()}@example.test`;
  const password = 'Bench-pass-1';
  const anon = await form(
    `/oauth/${pk}/anonymous/token`,
    { grant_type: 'client_credentials' },
    'anonymous token',
  );
  await api('POST /me/signup', String(anon.access_token), {
    email,
    password,
    firstName: 'Bench',
    lastName: `User ${n}`,
  });
  for (let round = 0; performance.now() < until; round++) {
    if (sent >= maxRequests) return;
    const token = await form(
      `/oauth/${pk}/customers/token`,
      { grant_type: 'password', username: email, password },
      'sign-in (password flow)',
    );
    const access = String(token.access_token);
    const me = await api('GET /me', access);
    await api('POST /me', access, {
      version: me.version,
      actions: [{ action: 'setFirstName', firstName: `Bench ${round}` }],
    });
  }
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function report(elapsedS: number) {
  const rows = [...samples.entries()];
  const all = rows.flatMap(([, list]) => list);
  rows.push(['all requests', all]);
  console.log(
    '\nrequest'.padEnd(27) +
      'count'.padStart(8) +
      'req/s'.padStart(9) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9),
  );
  for (const [name, list] of rows) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      name.padEnd(26) +
        String(list.length).padStart(8) +
        (list.length / elapsedS).toFixed(0).padStart(9) +
        percentile(sorted, 0.5).toFixed(1).padStart(9) +
        percentile(sorted, 0.99).toFixed(1).padStart(9),
    );
  }
  console.log(
    `\n${users} users, ${elapsedS.toFixed(1)} s, ${failures} non-2xx answers`,
  );
  // Numbers from a busy machine are not comparable: say how busy it was.
  const load = loadavg().map((n) => n.toFixed(1));
  console.log(`${cpus().length} CPUs, load average ${load.join(' / ')}`);
}

const port = await freePort();
const { child, ready } = startEmulator(port);
try {
  await ready;
  const base = `http://127.0.0.1:${port}`;
  console.log(`Emulator on ${base}; ${users} users for up to ${seconds} s`);
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, (_, n) => virtualUser(base, n, until)),
  );
  report((performance.now() - started) / 1000);
  if (failures > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
}
