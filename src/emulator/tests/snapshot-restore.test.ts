import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createEmulator, DEMO_CUSTOMER } from '../core';
import { createHandlers } from '../msw/handlers';
import { route } from '../core/router';
import { createContext } from '../core/context';
import { resolveOptions } from '../core/options';
import { emptyState } from '../core/state';
import { coreClient } from './core-client';
import { ADMIN, type TokenBody } from './client';
import { TEST_NOW } from './setup';

const DEMO = [DEMO_CUSTOMER.email, DEMO_CUSTOMER.password] as const;

function watchedEmulator() {
  const bugs: unknown[] = [];
  const emulator = createEmulator({
    now: () => TEST_NOW,
    reportError: (error) => bugs.push(error),
  });
  return { emulator, bugs, client: coreClient(emulator) };
}

describe('restoring a snapshot', () => {
  it('refuses a customer without its fields, and sign-in keeps working', async () => {
    const { emulator, bugs, client } = watchedEmulator();

    const restored = await client.call('POST', '/__emulator/restore', {
      body: { format: 1, state: { customers: [{}] } },
    });
    const signIn = await client.password(...DEMO);

    expect(restored.status).toBe(400);
    expect(restored.body).toMatchObject({
      errors: [
        {
          code: 'InvalidJsonInput',
          detailedErrorMessage:
            'state -> customers -> [0] -> passwordHash: Missing required value.',
        },
      ],
    });
    expect(signIn.status).toBe(200);
    expect(emulator.controls.snapshot().state.customers).toHaveLength(1);
    expect(bugs).toEqual([]);
  });

  it('refuses unknown parts and values that do not fit together', async () => {
    const { client } = watchedEmulator();
    const good = await client.call('GET', '/__emulator/snapshot', {});
    const state = good.body.state as Record<string, unknown>;
    const customers = state.customers as { customer: object }[];
    const customer = customers[0]?.customer ?? {};
    const variants = [
      { ...state, extra: [] },
      { ...state, clockOffsetMs: 'soon' },
      {
        ...state,
        customers: [
          {
            ...customers[0],
            customer: { ...customer, defaultBillingAddressId: 'nope' },
          },
        ],
      },
      { ...state, customers: [customers[0], customers[0]] },
      { ...state, usedAnonymousIds: ['a b'] },
    ];

    for (const variant of variants) {
      const answer = await client.call('POST', '/__emulator/restore', {
        body: { format: 1, state: variant },
      });
      expect(answer.status, JSON.stringify(variant).slice(0, 80)).toBe(400);
    }
  });

  it('takes back a snapshot of every seed', () => {
    const { emulator } = watchedEmulator();

    for (const name of emulator.controls.seedNames()) {
      emulator.controls.seed(name);
      const snapshot = emulator.controls.snapshot();

      expect(() => emulator.controls.restore(snapshot), name).not.toThrow();
    }
  });

  it('never lets a restored state turn a later request into a 500', async () => {
    const { emulator, bugs, client } = watchedEmulator();
    const token = (await client.password(...DEMO)).body as unknown as TokenBody;
    await client.api('POST', '/me/carts', token.access_token, {
      currency: 'EUR',
      lineItems: [{ sku: 'SKU-1' }],
    });
    const admin = (
      await client.form(
        '/oauth/token',
        { grant_type: 'client_credentials' },
        ADMIN,
      )
    ).body as unknown as TokenBody;
    await client.api('POST', '/customers/password-token', admin.access_token, {
      email: DEMO[0],
    });
    const rich = JSON.stringify(emulator.controls.snapshot());

    const leaves = (value: unknown, path: string[] = []): string[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => [
            [...path, k],
            ...leaves(v, [...path, k]),
          ])
        : [];
    const paths = leaves(JSON.parse(rich));
    const junk = fc.constantFrom<unknown>(
      null,
      {},
      [],
      'x',
      '',
      -1,
      1e300,
      true,
    );

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), junk, async (path, value) => {
        const snapshot = JSON.parse(rich) as Record<string, unknown>;
        let node = snapshot;
        for (const key of path.slice(0, -1)) {
          node = node[key] as Record<string, unknown>;
        }
        node[path.at(-1) ?? ''] = value;
        await client.call('POST', '/__emulator/restore', { body: snapshot });

        const outbox = emulator.controls.outbox();
        await client.password(...DEMO);
        await client.api('GET', '/me', token.access_token);
        await client.api('POST', '/me', token.access_token, {
          version: 1,
          actions: [{ action: 'setFirstName', firstName: 'Kim' }],
        });
        await client.api('GET', '/me/active-cart', token.access_token);
        await client.api('GET', '/me/carts', token.access_token);
        await client.form('/oauth/token', {
          grant_type: 'refresh_token',
          refresh_token: token.refresh_token ?? '',
        });
        await client.api('POST', '/me/password/reset', token.access_token, {
          tokenValue: outbox[0]?.tokenValue ?? 'none',
          newPassword: 'Other-pass-2',
        });
        expect(bugs).toEqual([]);
        emulator.controls.reset();
      }),
      { numRuns: 150 },
    );
  });
});

describe('the last-resort answer', () => {
  it('is a plain 500 that quotes nothing of the failure', async () => {
    const reported: unknown[] = [];
    const ctx = createContext(
      resolveOptions({ reportError: (error) => reported.push(error) }),
      emptyState(),
    );
    const broken = new Error('secret@example.test at state.customers[0]');

    const answer = await route(
      ctx,
      [
        {
          method: 'GET',
          pattern: '/boom',
          handler: () => Promise.reject(broken),
        },
      ],
      {
        method: 'GET',
        path: '/boom',
        query: new URLSearchParams(),
        headers: {},
        body: '',
      },
    );

    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({
      statusCode: 500,
      message: 'Internal Server Error.',
      errors: [{ code: 'General', message: 'Internal Server Error.' }],
    });
    expect(reported).toEqual([broken]);
  });
});

describe('the MSW adapter', () => {
  it('answers a plain 500 when the emulator itself throws', async () => {
    const reported: unknown[] = [];
    const real = createEmulator({
      reportError: (error) => reported.push(error),
    });
    const broken = new Error('secret@example.test in the stack');
    const server = setupServer(
      ...createHandlers(
        { ...real, handle: () => Promise.reject(broken) },
        'https://broken.example.test',
      ),
    );
    server.listen({ onUnhandledRequest: 'error' });

    try {
      const response = await fetch('https://broken.example.test/demo/me');
      const text = await response.text();

      expect(response.status).toBe(500);
      expect(text).not.toContain('secret');
      expect(JSON.parse(text)).toMatchObject({
        message: 'Internal Server Error.',
      });
      expect(reported).toEqual([broken]);
    } finally {
      server.close();
    }
  });
});
