import { describe, expect, it } from 'vitest';
import { signedInCustomer } from './signed-in-customer';
import { startEmulator } from './setup';

const { client } = startEmulator();
const { update, updated } = signedInCustomer(client);

describe('addresses and their roles (S13, S14)', () => {
  const home = {
    key: 'home',
    country: 'DE',
    city: 'Berlin',
    streetName: 'Musterweg',
  };

  it('walks through the defaults bookkeeping of S13', async () => {
    const added = await updated({
      action: 'addAddress',
      address: { ...home, id: 'x' },
    });
    const id = added.addresses[0]?.id ?? '';
    expect(id).toMatch(/^[\w-]{8}$/);
    expect(id).not.toBe('x');

    const withDefault = await updated({
      action: 'setDefaultShippingAddress',
      addressKey: 'home',
    });
    expect(withDefault.defaultShippingAddressId).toBe(id);
    expect(withDefault.shippingAddressIds).toEqual([id]);

    const removedRole = await updated({
      action: 'removeShippingAddressId',
      addressKey: 'home',
    });
    expect(removedRole.shippingAddressIds).toEqual([]);
    expect(removedRole).not.toHaveProperty('defaultShippingAddressId');
    expect(removedRole.addresses).toHaveLength(1);

    await updated(
      { action: 'setDefaultBillingAddress', addressId: id },
      { action: 'addShippingAddressId', addressId: id },
    );
    const removed = await updated({ action: 'removeAddress', addressId: id });
    expect(removed.addresses).toEqual([]);
    expect(removed.shippingAddressIds).toEqual([]);
    expect(removed.billingAddressIds).toEqual([]);
    expect(removed).not.toHaveProperty('defaultBillingAddressId');
  });

  it('changeAddress replaces the whole address and keeps id and roles (S14)', async () => {
    const added = await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultShippingAddress', addressKey: 'home' },
      { action: 'addBillingAddressId', addressKey: 'home' },
    );
    const id = added.addresses[0]?.id;

    const changed = await updated({
      action: 'changeAddress',
      addressId: id,
      address: { country: 'FR', city: 'Paris' },
    });

    expect(changed.addresses).toEqual([{ id, country: 'FR', city: 'Paris' }]);
    expect(changed.defaultShippingAddressId).toBe(id);
    expect(changed.shippingAddressIds).toEqual([id]);
    expect(changed.billingAddressIds).toEqual([id]);
  });

  it('lets later actions use a key added earlier in the same request', async () => {
    const result = await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultBillingAddress', addressKey: 'home' },
    );

    expect(result.defaultBillingAddressId).toBe(result.addresses[0]?.id);
    expect(result.version).toBe(3);
  });

  it('addBillingAddressId / removeBillingAddressId manage the list', async () => {
    await updated({ action: 'addAddress', address: home });
    const added = await updated({
      action: 'addBillingAddressId',
      addressKey: 'home',
    });
    expect(added.billingAddressIds).toHaveLength(1);

    const again = await updated({
      action: 'addBillingAddressId',
      addressKey: 'home',
    });
    expect(again.billingAddressIds).toHaveLength(1);
    expect(again.version).toBe(added.version);

    const removed = await updated({
      action: 'removeBillingAddressId',
      addressKey: 'home',
    });
    expect(removed.billingAddressIds).toEqual([]);
  });

  it('setDefaultShippingAddress without an id unsets the default only', async () => {
    await updated(
      { action: 'addAddress', address: home },
      { action: 'setDefaultShippingAddress', addressKey: 'home' },
    );

    const result = await updated({ action: 'setDefaultShippingAddress' });

    expect(result).not.toHaveProperty('defaultShippingAddressId');
    expect(result.shippingAddressIds).toHaveLength(1);
  });

  it.each([
    [
      'an unknown id',
      { action: 'removeAddress', addressId: 'nope' },
      'InvalidOperation',
    ],
    [
      'an unknown key',
      { action: 'setDefaultBillingAddress', addressKey: 'nope' },
      'InvalidOperation',
    ],
    ['neither id nor key', { action: 'removeAddress' }, 'InvalidInput'],
    [
      'a duplicate key',
      { action: 'addAddress', address: home },
      'DuplicateField',
    ],
    [
      'a bad country',
      { action: 'addAddress', address: { country: 'Germany' } },
      'InvalidJsonInput',
    ],
  ])('answers 400 for %s', async (_name, action, code) => {
    await updated({ action: 'addAddress', address: home });

    const result = await update([action]);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: [{ code }] });
  });
});
