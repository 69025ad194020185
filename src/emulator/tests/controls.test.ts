import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../core';
import { startEmulator, TEST_NOW } from './setup';

const { client, emulator } = startEmulator({}, 'demo');
const DEMO = ['alex.demo@example.com', 'Demo-pass-1'] as const;

describe('seeds and reset over HTTP', () => {
  it('seeds "empty" and resets back to the demo customer', async () => {
    await client.control('/seed', { name: 'empty' });
    await expect(client.password(...DEMO)).rejects.toThrow();

    const reset = await client.control('/reset', {});

    expect(reset.status).toBe(204);
    await expect(client.password(...DEMO)).resolves.toBeTruthy();
  });

  it('answers 400 for an unknown seed', async () => {
    const result = await client.control('/seed', { name: 'nope' });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
  });
});

describe('the clock', () => {
  it('moves forward and expires tokens (S19)', async () => {
    const token = await client.password(...DEMO);

    const moved = await client.control('/clock', { advanceSeconds: 172800 });

    expect(moved.body).toEqual({
      now: new Date(TEST_NOW + 172800 * 1000).toISOString(),
    });
    expect((await client.control('/clock')).body).toEqual(moved.body);
    expect((await client.api('GET', '/me', token.access_token)).status).toBe(
      401,
    );
  });

  it('lets parallel requests with an expired token all get 401, and one refresh serve them all (S19)', async () => {
    const token = await client.password(...DEMO);
    emulator.controls.advanceClock(172800);

    const first = await Promise.all(
      [1, 2, 3].map(() => client.api('GET', '/me', token.access_token)),
    );
    const refreshed = await client.refresh(token.refresh_token ?? '');
    const retried = await Promise.all(
      [1, 2, 3].map(() =>
        client.api('GET', '/me', refreshed.body.access_token),
      ),
    );

    expect(first.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(retried.map((r) => r.status)).toEqual([200, 200, 200]);
  });
});

describe('faults', () => {
  it('outage: the API and auth answer 503, the controls keep working', async () => {
    await client.control('/faults', { outage: true });

    const auth = await client.form('/oauth/token', {
      grant_type: 'client_credentials',
    });
    const faults = await client.control('/faults');
    await client.control('/faults', { outage: false });

    expect(auth.status).toBe(503);
    expect(auth.body).toMatchObject({ statusCode: 503 });
    expect(faults.body).toMatchObject({ outage: true });
    expect((await client.clientCredentials()).access_token).toBeTruthy();
  });

  it('failure rate: requests fail when the random draw is below it', async () => {
    const draws = [0.2, 0.9];
    const local = createEmulator({ random: () => draws.shift() ?? 1 });
    local.controls.setFaults({ failureRate: 0.5 });
    const request = {
      method: 'POST',
      path: '/oauth/token',
      query: new URLSearchParams(),
      headers: { authorization: `Basic ${btoa('spa-client:spa-secret')}` },
      body: 'grant_type=client_credentials',
    };

    expect((await local.handle(request)).status).toBe(500);
    expect((await local.handle(request)).status).toBe(200);
  });

  it('conflict next write: one 409 as if someone else saved first', async () => {
    const token = (await client.password(...DEMO)).access_token;
    await client.control('/faults', { conflictNextWrite: true });
    const body = (version: number) => ({
      version,
      actions: [{ action: 'setFirstName', firstName: 'Alexa' }],
    });

    const conflict = await client.api('POST', '/me', token, body(1));
    const retry = await client.api<Customer>('POST', '/me', token, body(2));

    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ errors: [{ currentVersion: 2 }] });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(3);
  });

  it('expire access tokens: every current access token answers 401', async () => {
    const token = await client.password(...DEMO);

    await client.control('/faults', { expireAccessTokens: true });

    expect((await client.api('GET', '/me', token.access_token)).status).toBe(
      401,
    );
    expect((await client.refresh(token.refresh_token ?? '')).status).toBe(200);
  });

  it('rejects a bad fault setting', async () => {
    const result = await client.control('/faults', { failureRate: 2 });

    expect(result.status).toBe(400);
  });

  it('latency: answers still arrive and the setting is reported', async () => {
    const result = await client.control('/faults', { latencyMs: 1 });
    const token = await client.clientCredentials();
    await client.control('/faults', { latencyMs: 0 });

    expect(result.body).toMatchObject({ latencyMs: 1 });
    expect(token.access_token).toBeTruthy();
  });
});

describe('outbox, snapshot and restore', () => {
  it('lists what was sent and round-trips the whole state', async () => {
    const admin = await client.clientCredentials({
      id: 'admin-client',
      secret: 'admin-secret',
    });
    await client.api('POST', '/customers/password-token', admin.access_token, {
      email: DEMO[0],
    });
    const outbox = await client.control('/outbox');
    const snapshot = await client.control('/snapshot');

    await client.control('/seed', { name: 'empty' });
    const restored = await client.control('/restore', snapshot.body);

    expect(outbox.body).toEqual([
      expect.objectContaining({ kind: 'password-reset', email: DEMO[0] }),
    ]);
    expect(restored.status).toBe(204);
    await expect(client.password(...DEMO)).resolves.toBeTruthy();
    expect(emulator.controls.outbox()).toHaveLength(1);
  });

  it('rejects something that is not a snapshot', async () => {
    const result = await client.control('/restore', { hello: 1 });

    expect(result.status).toBe(400);
  });
});
