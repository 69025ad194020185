import { describe, expect, it } from 'vitest';

import { homeAddress, makeCustomer } from '../profile/customer-fixture';
import { dataExport } from './data-export';

const now = new Date('2026-03-02T09:30:00.000Z');

describe('dataExport', () => {
  const customer = makeCustomer({
    password: '****aGg=',
    dateOfBirth: '1990-04-01',
    addresses: [homeAddress],
    defaultShippingAddressId: homeAddress.id,
    shippingAddressIds: [homeAddress.id ?? ''],
  });

  it('names the file after the day', () => {
    expect(dataExport(customer, now).fileName).toBe(
      'my-account-2026-03-02.json',
    );
  });

  it('holds the profile and the addresses with their roles', () => {
    const data = JSON.parse(dataExport(customer, now).json) as {
      exportedAt: string;
      account: Record<string, unknown>;
    };

    expect(data.exportedAt).toBe('2026-03-02T09:30:00.000Z');
    expect(data.account).toMatchObject({
      email: 'alex.demo@example.com',
      firstName: 'Alex',
      dateOfBirth: '1990-04-01',
      addresses: [homeAddress],
      defaultShippingAddressId: 'addr-home',
      shippingAddressIds: ['addr-home'],
    });
  });

  it('leaves the masked password out', () => {
    const { json } = dataExport(customer, now);

    expect(json).not.toContain('password');
    expect(json).not.toContain('aGg=');
  });
});
