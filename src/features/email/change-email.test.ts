import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/api-error';
import { makeCustomer } from '../profile/customer-fixture';
import { changeEmail, type ChangeEmailIo } from './change-email';

const customer = makeCustomer({ version: 4, email: 'alex.demo@example.com' });
const values = { email: 'alex.new@example.com', currentPassword: 'Secret-1' };

const conflict = () =>
  new ApiError(409, {
    statusCode: 409,
    message: 'Object has a different version than expected.',
    errors: [
      {
        code: 'ConcurrentModification',
        message: 'Object has a different version than expected.',
        currentVersion: 6,
      },
    ],
  });

/** Records every call; the API answers from `answers` in turn. */
function fakeIo(answers: (Customer | Error)[], passwordOk = true) {
  const calls: string[] = [];
  const sent: { version: number; actions: MyCustomerUpdateAction[] }[] = [];
  const io: ChangeEmailIo = {
    confirmPassword: (email, password) => {
      calls.push(`password ${email} ${password}`);
      return passwordOk
        ? Promise.resolve()
        : Promise.reject(new Error('wrong password'));
    },
    send: (version, actions) => {
      calls.push(`send ${version}`);
      sent.push({ version, actions });
      const answer = answers.shift();
      return answer instanceof Error || !answer
        ? Promise.reject(answer ?? new Error('no answer'))
        : Promise.resolve(answer);
    },
    fetchFresh: () => {
      calls.push('fetch');
      return Promise.resolve(makeCustomer({ version: 6 }));
    },
  };
  return { io, calls, sent };
}

describe('changeEmail', () => {
  it('checks the password with the current email, then sends changeEmail', async () => {
    const saved = makeCustomer({ version: 5, email: values.email });
    const { io, calls, sent } = fakeIo([saved]);

    const result = await changeEmail(io, customer, values);

    expect(result).toBe(saved);
    expect(calls).toEqual([
      'password alex.demo@example.com Secret-1',
      'send 4',
    ]);
    expect(sent[0]?.actions).toEqual([
      { action: 'changeEmail', email: 'alex.new@example.com' },
    ]);
  });

  it('sends nothing when the password is wrong', async () => {
    const { io, calls } = fakeIo([], false);

    await expect(changeEmail(io, customer, values)).rejects.toThrow(
      'wrong password',
    );
    expect(calls).toEqual(['password alex.demo@example.com Secret-1']);
  });

  it('sends once more on the fresh version after a conflict', async () => {
    const saved = makeCustomer({ version: 7, email: values.email });
    const { io, calls } = fakeIo([conflict(), saved]);

    await expect(changeEmail(io, customer, values)).resolves.toBe(saved);
    expect(calls.slice(1)).toEqual(['send 4', 'fetch', 'send 6']);
  });
});
