import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import { signedInCustomer } from './signed-in-customer';

const { client, emulator } = startEmulator();

describe('clash next write', () => {
  const me = signedInCustomer(client);

  it('another device sets the same fields first: 409, then its values show', async () => {
    const base = await me.current();
    await client.control('/faults', { clashNextWrite: true });

    const result = await me.update(
      [{ action: 'setFirstName', firstName: 'Kim' }, { action: 'setLastName' }],
      base.version,
    );
    const fresh = await me.current();

    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({
      errors: [
        { code: 'ConcurrentModification', currentVersion: fresh.version },
      ],
    });
    expect(fresh.firstName).toBe('Kim (other device)');
    expect(fresh.lastName).toBe('Set on another device');
    expect(emulator.controls.faults().clashNextWrite).toBe(false);
  });

  it('is one-shot: the save on the fresh version goes through', async () => {
    emulator.controls.setFaults({ clashNextWrite: true });
    await me.update([{ action: 'setFirstName', firstName: 'Kim' }]);

    const retried = await me.update([
      { action: 'setFirstName', firstName: 'Kim' },
    ]);

    expect(retried.status).toBe(200);
    expect(retried.body.firstName).toBe('Kim');
  });

  it('gives an address edit another city', async () => {
    const [home] = (
      await me.updated({
        action: 'addAddress',
        address: { key: 'home', country: 'DE', city: 'Berlin' },
      })
    ).addresses;
    emulator.controls.setFaults({ clashNextWrite: true });

    const result = await me.update([
      {
        action: 'changeAddress',
        addressId: home?.id,
        address: { key: 'home', country: 'DE', city: 'Potsdam' },
      },
    ]);

    expect(result.status).toBe(409);
    expect((await me.current()).addresses[0]?.city).toBe(
      'Potsdam (other device)',
    );
  });

  it('still conflicts when no field can be given another value', async () => {
    const base = await me.current();
    emulator.controls.setFaults({ clashNextWrite: true });

    const result = await me.update(
      [{ action: 'setLocale', locale: 'de' }],
      base.version,
    );
    const fresh = await me.current();

    expect(result.status).toBe(409);
    expect(fresh.version).toBe(base.version + 1);
    expect(fresh.locale).toBeUndefined();
  });
});

describe('expire refresh tokens', () => {
  it('with the access tokens, ends every session: 401, then invalid_grant', async () => {
    const tokens = await client.signUp({
      email: 'leaving@example.test',
      password: 'Passw0rd!',
    });

    const set = await client.control('/faults', {
      expireAccessTokens: true,
      expireRefreshTokens: true,
    });
    const me = await client.api<Customer>('GET', '/me', tokens.access_token);
    const refreshed = await client.refresh(tokens.refresh_token ?? '');

    expect(set.status).toBe(200);
    expect(me.status).toBe(401);
    expect(refreshed.status).toBe(400);
    expect(refreshed.body).toMatchObject({ error: 'invalid_grant' });
    expect((await client.anonymous()).access_token).toBeTruthy();
  });
});
