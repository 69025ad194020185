import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type EmulatorHttpServer } from './server';

let running: EmulatorHttpServer;
const lines: string[] = [];
const basic = `Basic ${btoa('spa-client:spa-secret')}`;

beforeAll(async () => {
  running = await startHttpServer({ port: 0, log: (l) => lines.push(l) });
});

afterAll(() => running.close());

const form = (path: string, body: string) =>
  fetch(`${running.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: basic,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });

describe('the HTTP server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a CORS preflight for any origin', async () => {
    const response = await fetch(`${running.url}/demo/me`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(
      /Authorization, Content-Type/,
    );
  });

  it('serves the auth host, the API and the controls', async () => {
    const token = (await (
      await form(
        '/oauth/demo/customers/token',
        'grant_type=password&username=alex.demo%40example.com&password=Demo-pass-1',
      )
    ).json()) as { access_token: string };

    const me = await fetch(`${running.url}/demo/me`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    const clock = await fetch(`${running.url}/__emulator/clock`);

    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await me.json()) as { email: string }).email).toBe(
      'alex.demo@example.com',
    );
    expect(clock.status).toBe(200);
  });

  it('logs method, path, status and time, never tokens or passwords', async () => {
    const response = await form(
      '/oauth/demo/customers/token?password=Demo-pass-1',
      'grant_type=password&username=alex.demo%40example.com&password=Demo-pass-1',
    );
    const token = ((await response.json()) as { access_token: string })
      .access_token;
    await fetch(`${running.url}/demo/customers/password-token=secret-value`, {
      headers: { authorization: `Bearer ${token}` },
    });

    const log = lines.join('\n');
    expect(log).toMatch(/^POST \/oauth\/demo\/customers\/token 200 \d+ms$/m);
    expect(log).toMatch(
      /^GET \/demo\/customers\/password-token=\*\*\*\* 403 /m,
    );
    expect(log).not.toContain('Demo-pass-1');
    expect(log).not.toContain('secret-value');
    expect(log).not.toContain(token);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await form('/oauth/token', 'x'.repeat(1024 * 1024 + 1));

    expect(response.status).toBe(413);
  });
});
