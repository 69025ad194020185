import type { Customer } from '@commercetools/platform-sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../core';
import { TEST_NOW } from './setup';

const KEYS = ['home', 'work', 'mum', 'ghost'];

/** An action spec; `pick` chooses an address id from the current state. */
type Spec = { action: Record<string, unknown>; pick?: number };

interface Ref {
  addressKey?: string;
  addressId?: string;
  pick?: number;
}

const ref: fc.Arbitrary<Ref> = fc.oneof(
  fc.constantFrom(...KEYS).map((k) => ({ addressKey: k })),
  fc.nat(5).map((i) => ({ pick: i })),
  fc.constant({ addressId: 'unknown1' }),
);

const address = fc.record(
  {
    key: fc.constantFrom(...KEYS),
    country: fc.constantFrom('DE', 'FR', 'AT', 'Germany'),
    city: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ['country'] },
);

const withRef = (name: string) =>
  ref.map(({ pick, ...rest }): Spec => ({
    action: { action: name, ...rest },
    pick,
  }));

const spec: fc.Arbitrary<Spec> = fc.oneof(
  address.map((a) => ({ action: { action: 'addAddress', address: a } })),
  fc.tuple(ref, address).map(([{ pick, ...r }, a]) => ({
    action: { action: 'changeAddress', ...r, address: a },
    pick,
  })),
  ...[
    'removeAddress',
    'setDefaultShippingAddress',
    'setDefaultBillingAddress',
    'addShippingAddressId',
    'addBillingAddressId',
    'removeShippingAddressId',
    'removeBillingAddressId',
  ].map(withRef),
  fc.constant({ action: { action: 'setDefaultShippingAddress' } }),
  fc.option(fc.string({ maxLength: 6 })).map((v) => ({
    action: { action: 'setFirstName', firstName: v ?? undefined },
  })),
  fc
    .constantFrom('other@example.test', 'Me@Example.test', 'new@example.test')
    .map((email) => ({ action: { action: 'changeEmail', email } })),
  fc.constantFrom('de', 'fr', 'en-GB').map((locale) => ({
    action: { action: 'setLocale', locale },
  })),
  fc.constantFrom('1999-12-31', '1999-13-01', 'x').map((dateOfBirth) => ({
    action: { action: 'setDateOfBirth', dateOfBirth },
  })),
  fc.constantFrom(
    { action: { action: 'setKey', key: 'k' } },
    { action: { action: 7 } },
  ),
);

const batch = fc.record({
  specs: fc.array(spec, { maxLength: 8 }),
  stale: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

async function call(
  emulator: Emulator,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
) {
  const answer = await emulator.handle({
    method,
    path,
    query: new URLSearchParams(),
    headers,
    body,
  });
  return { status: answer.status, json: JSON.parse(answer.body || '{}') };
}

async function customerSession(emulator: Emulator) {
  const basic = { authorization: `Basic ${btoa('spa-client:spa-secret')}` };
  const signUp = async (email: string) => {
    const anon = await call(
      emulator,
      'POST',
      '/oauth/demo/anonymous/token',
      basic,
      'grant_type=client_credentials',
    );
    await call(
      emulator,
      'POST',
      '/demo/me/signup',
      { authorization: `Bearer ${anon.json.access_token}` },
      JSON.stringify({ email, password: 'pw' }),
    );
  };
  await signUp('other@example.test');
  await signUp('me@example.test');
  const token = await call(
    emulator,
    'POST',
    '/oauth/demo/customers/token',
    basic,
    'grant_type=password&username=me%40example.test&password=pw',
  );
  return { authorization: `Bearer ${token.json.access_token}` };
}

function checkInvariants(c: Customer) {
  const ids = c.addresses.map((a) => a.id);
  const keys = c.addresses.map((a) => a.key).filter(Boolean);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(keys).size).toBe(keys.length);
  for (const list of [c.shippingAddressIds, c.billingAddressIds]) {
    expect(new Set(list).size).toBe(list.length);
    for (const id of list) expect(ids).toContain(id);
  }
  if (c.defaultShippingAddressId) {
    expect(c.shippingAddressIds).toContain(c.defaultShippingAddressId);
  }
  if (c.defaultBillingAddressId) {
    expect(c.billingAddressIds).toContain(c.defaultBillingAddressId);
  }
}

describe('random update batches keep the customer consistent', () => {
  it('never a 500, invariants hold, failures change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batch, { minLength: 1, maxLength: 6 }),
        async (batches) => {
          const emulator = createEmulator({
            seed: 'empty',
            now: () => TEST_NOW,
          });
          const auth = await customerSession(emulator);
          let before = (await call(emulator, 'GET', '/demo/me', auth))
            .json as Customer;

          for (const { specs, stale } of batches) {
            const actions = specs.map(({ action, pick }) =>
              pick === undefined
                ? action
                : {
                    ...action,
                    addressId: before.addresses[pick]?.id ?? 'gone',
                  },
            );
            const version = stale ? before.version - 1 : before.version;
            const result = await call(
              emulator,
              'POST',
              '/demo/me',
              auth,
              JSON.stringify({ version, actions }),
            );
            const after = (await call(emulator, 'GET', '/demo/me', auth))
              .json as Customer;

            expect([200, 400, 409]).toContain(result.status);
            if (result.status === 200) {
              expect(result.json).toEqual(after);
              expect(after.version).toBeGreaterThanOrEqual(before.version);
              expect(after.version - before.version).toBeLessThanOrEqual(
                actions.length,
              );
            } else {
              expect(after).toEqual(before);
            }
            checkInvariants(after);
            before = after;
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 20_000);
});

describe('bad input never becomes a 500', () => {
  const routes = [
    ['POST', '/demo/me'],
    ['POST', '/demo/me/signup'],
    ['POST', '/demo/me/login'],
    ['POST', '/demo/me/password'],
    ['POST', '/demo/me/password/reset'],
    ['POST', '/demo/me/email/confirm'],
    ['POST', '/demo/me/carts'],
    ['POST', '/demo/in-store/key=berlin/me/signup'],
  ] as const;

  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record(
        {
          version: fc.oneof(fc.integer(), fc.string()),
          actions: fc.array(
            fc.record({
              action: fc.constantFrom(
                'addAddress',
                'changeEmail',
                'addLineItem',
              ),
              address: fc.jsonValue(),
              email: fc.jsonValue(),
              sku: fc.jsonValue(),
            }),
          ),
          email: fc.jsonValue(),
          password: fc.jsonValue(),
          currency: fc.jsonValue(),
          lineItems: fc.jsonValue(),
          addresses: fc.jsonValue(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
    fc.string(),
  );

  it('answers every random body with a 2xx or a 4xx', async () => {
    const emulator = createEmulator({ seed: 'empty', now: () => TEST_NOW });
    const auth = await customerSession(emulator);

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        body,
        async ([method, path], text) => {
          const result = await call(emulator, method, path, auth, text);
          expect(result.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
