import { describe, expect, it } from 'vitest';
import { createEmulator, type EmulatorRequest } from '../core';
import { persist, STORAGE_KEY, type SnapshotStorage } from '../msw/persistence';

function memoryStorage(): SnapshotStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const signUp = (email: string, token: string): EmulatorRequest => ({
  method: 'POST',
  path: '/demo/me/signup',
  query: new URLSearchParams(),
  headers: { authorization: `Bearer ${token}` },
  body: JSON.stringify({ email, password: 'Passw0rd!' }),
});

const anonymous: EmulatorRequest = {
  method: 'POST',
  path: '/oauth/demo/anonymous/token',
  query: new URLSearchParams(),
  headers: { authorization: `Basic ${btoa('spa-client:spa-secret')}` },
  body: 'grant_type=client_credentials',
};

async function signUpVia(emulator: ReturnType<typeof persist>['emulator']) {
  const token = JSON.parse((await emulator.handle(anonymous)).body) as {
    access_token: string;
  };
  return emulator.handle(signUp('kept@example.test', token.access_token));
}

const emails = (storage: SnapshotStorage) =>
  (
    JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as {
      state: { customers: { customer: { email: string } }[] };
    }
  ).state.customers.map((r) => r.customer.email);

describe('browser persistence', () => {
  it('starts from the demo seed and saves it', () => {
    const storage = memoryStorage();

    persist(createEmulator(), storage);

    expect(emails(storage)).toEqual(['alex.demo@example.com']);
  });

  it('saves after each write and restores on the next start', async () => {
    const storage = memoryStorage();
    const first = persist(createEmulator(), storage);

    expect((await signUpVia(first.emulator)).status).toBe(201);
    const second = persist(createEmulator(), storage);

    expect(emails(storage)).toContain('kept@example.test');
    expect(
      second.controls.snapshot().state.customers.map((r) => r.customer.email),
    ).toContain('kept@example.test');
  });

  it('drops a saved state it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');

    persist(createEmulator(), storage);

    expect(emails(storage)).toEqual(['alex.demo@example.com']);
  });

  it('drops a stored state of the wrong shape and starts from the demo seed', async () => {
    const storage = memoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ format: 1, state: { customers: [{}] } }),
    );

    const { emulator } = persist(createEmulator(), storage);
    const signIn = await emulator.handle({
      ...anonymous,
      path: '/oauth/demo/customers/token',
      body: 'grant_type=password&username=alex.demo@example.com&password=Demo-pass-1',
    });

    expect(emails(storage)).toEqual(['alex.demo@example.com']);
    expect(signIn.status).toBe(200);
  });

  it('clearSaved and reset start over from the demo seed', async () => {
    const storage = memoryStorage();
    const { emulator, controls } = persist(createEmulator(), storage);
    await signUpVia(emulator);

    controls.clearSaved();
    expect(emails(storage)).toEqual(['alex.demo@example.com']);

    await signUpVia(emulator);
    controls.reset();
    expect(emails(storage)).toEqual(['alex.demo@example.com']);
  });

  it("a second tab over the same storage sees the first tab's writes", async () => {
    const storage = memoryStorage();
    const firstTab = persist(createEmulator(), storage);
    const secondTab = persist(createEmulator(), storage);

    expect((await signUpVia(firstTab.emulator)).status).toBe(201);

    const again = await signUpVia(secondTab.emulator);
    expect(again.status).toBe(400);
    expect(JSON.parse(again.body)).toMatchObject({
      errors: [{ code: 'DuplicateField', field: 'email' }],
    });
  });
});
