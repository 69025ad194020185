import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const PASSWORD = 'Passw0rd!';
describe('perRequest versioning', () => {
  const perRequest = startEmulator({ versionIncrement: 'perRequest' });

  it('raises the version by one for a batch', async () => {
    const t = await perRequest.client.signUp({
      email: 'p@example.test',
      password: PASSWORD,
    });

    const result = await perRequest.client.api<Customer>(
      'POST',
      '/me',
      t.access_token,
      {
        version: 1,
        actions: [
          { action: 'setFirstName', firstName: 'A' },
          { action: 'setLastName', lastName: 'B' },
        ],
      },
    );

    expect(result.body.version).toBe(2);
  });
});
