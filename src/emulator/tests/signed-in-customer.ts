import type { Customer } from '@commercetools/platform-sdk';
import { beforeEach, expect } from 'vitest';
import type { TestClient } from './client';

export const PASSWORD = 'Passw0rd!';

/**
 * Signs a fresh customer up before each test and offers `/me` helpers
 * bound to its token.
 */
export function signedInCustomer(
  client: TestClient,
  email = 'me@example.test',
) {
  let token = '';
  beforeEach(async () => {
    token = (await client.signUp({ email, password: PASSWORD })).access_token;
  });

  const current = async () =>
    (await client.api<Customer>('GET', '/me', token)).body;

  async function update(actions: unknown[], version?: number) {
    const v = version ?? (await current()).version;
    return client.api<Customer>('POST', '/me', token, { version: v, actions });
  }

  /** Updates and expects a 200. */
  async function updated(...actions: unknown[]) {
    const result = await update(actions);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body;
  }

  return { token: () => token, current, update, updated };
}
