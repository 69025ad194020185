import { describe, expect, it } from 'vitest';

import { makeCustomer } from '../profile/customer-fixture';
import { deleteAccount, type DeleteAccountIo } from './delete-account';

const customer = makeCustomer({ version: 12 });

function fakeIo(passwordOk: boolean) {
  const calls: string[] = [];
  const io: DeleteAccountIo = {
    confirmPassword: (email, password) => {
      calls.push(`password ${email} ${password}`);
      return passwordOk ? Promise.resolve() : Promise.reject(new Error('no'));
    },
    deleteMe: (version) => {
      calls.push(`delete ${version}`);
      return Promise.resolve(customer);
    },
  };
  return { io, calls };
}

describe('deleteAccount', () => {
  it('checks the password, then deletes at the version seen', async () => {
    const { io, calls } = fakeIo(true);

    await expect(deleteAccount(io, customer, 'Secret-1')).resolves.toBe(
      customer,
    );
    expect(calls).toEqual([
      'password alex.demo@example.com Secret-1',
      'delete 12',
    ]);
  });

  it('deletes nothing when the password is wrong', async () => {
    const { io, calls } = fakeIo(false);

    await expect(deleteAccount(io, customer, 'Wrong-1')).rejects.toThrow('no');
    expect(calls).toEqual(['password alex.demo@example.com Wrong-1']);
  });
});
