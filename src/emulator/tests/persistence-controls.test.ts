import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_CUSTOMER } from '../core';
import { persist, type SnapshotStorage } from '../msw/persistence';
import { coreClient } from './core-client';
import { TEST_NOW } from './setup';

function memoryStorage(): SnapshotStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** One browser tab: its own emulator over the shared storage. */
function openTab(storage: SnapshotStorage) {
  const tab = persist(createEmulator({ now: () => TEST_NOW }), storage);
  return { ...tab, client: coreClient(tab.emulator) };
}

type Tab = ReturnType<typeof openTab>;

async function signIn(tab: Tab): Promise<string> {
  const answer = await tab.client.password(
    DEMO_CUSTOMER.email,
    DEMO_CUSTOMER.password,
  );
  return String(answer.body.access_token);
}

const emails = (tab: Tab) =>
  tab.controls.snapshot().state.customers.map((r) => r.customer.email);

describe('browser controls', () => {
  it("an expired-token fault survives a reload and another tab's write", async () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    const token = await signIn(tab);

    tab.controls.setFaults({ expireAccessTokens: true });
    const reloaded = openTab(storage);
    await openTab(storage).client.anonymous();

    expect((await reloaded.client.api('GET', '/me', token)).status).toBe(401);
    expect((await tab.client.api('GET', '/me', token)).status).toBe(401);
  });

  it('lasting faults reach every tab and survive a reload', async () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    const other = openTab(storage);

    tab.controls.setFaults({ outage: true, latencyMs: 0 });

    expect((await other.client.anonymous()) as unknown).toMatchObject({
      statusCode: 503,
    });
    expect(openTab(storage).controls.faults()).toMatchObject({ outage: true });
  });

  it('saves every control that changes something at once', async () => {
    const writes: [string, (tab: Tab) => unknown, (fresh: Tab) => unknown][] = [
      ['seed', (t) => t.controls.seed('demo'), (f) => emails(f)],
      ['reset', (t) => t.controls.reset(), (f) => emails(f)],
      [
        'advanceClock',
        (t) => t.controls.advanceClock(3600),
        (f) => f.controls.now().toISOString(),
      ],
      [
        'setFaults',
        (t) => t.controls.setFaults({ latencyMs: 1 }),
        (f) => f.controls.faults().latencyMs,
      ],
      [
        'restore',
        (t) => {
          const empty = openTab(memoryStorage());
          empty.controls.seed('empty');
          t.controls.restore(empty.controls.snapshot());
        },
        (f) => emails(f),
      ],
    ];

    for (const [name, write, read] of writes) {
      const storage = memoryStorage();
      const tab = openTab(storage);
      tab.controls.seed('empty');
      const anonymous = await tab.client.anonymous();
      await tab.client.api('POST', '/me/signup', anonymous.access_token, {
        email: 'tab@example.test',
        password: 'Passw0rd!',
      });

      write(tab);

      expect(read(openTab(storage)), name).toEqual(read(tab));
    }
  });

  it("reads catch up with another tab's writes", () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    const other = openTab(storage);

    other.controls.seed('empty');
    other.controls.setFaults({ clashNextWrite: true });
    other.controls.advanceClock(60);

    expect(tab.controls.faults().clashNextWrite).toBe(true);
    expect(tab.controls.now().getTime()).toBe(TEST_NOW + 60000);
    expect(tab.controls.snapshot().state.customers).toEqual([]);
  });
});
