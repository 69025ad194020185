import type { Customer, ErrorResponse } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { makeCustomer } from '../features/profile/customer-fixture';
import { ApiError } from './api-error';
import { retryOnConflict } from './retry-on-conflict';

const conflict: ErrorResponse = {
  statusCode: 409,
  message: 'Object c has a different version than expected.',
  errors: [
    {
      code: 'ConcurrentModification',
      message: 'Object c has a different version than expected.',
      currentVersion: 9,
    },
  ],
};

/** A fake API that rejects every version but the ones listed. */
function server(accepted: number[]) {
  const sent: number[] = [];
  const send = (version: number): Promise<Customer> => {
    sent.push(version);
    return accepted.includes(version)
      ? Promise.resolve(makeCustomer({ version: version + 1 }))
      : Promise.reject(new ApiError(409, conflict));
  };
  return { sent, send };
}

describe('retryOnConflict', () => {
  it('sends once when the version is current', async () => {
    const api = server([7]);

    const customer = await retryOnConflict(api.send, 7, () =>
      Promise.reject(new Error('not asked')),
    );

    expect(customer.version).toBe(8);
    expect(api.sent).toEqual([7]);
  });

  it('after a 409 sends again once at the fresh version', async () => {
    const api = server([9]);

    const customer = await retryOnConflict(api.send, 7, () =>
      Promise.resolve(makeCustomer({ version: 9 })),
    );

    expect(customer.version).toBe(10);
    expect(api.sent).toEqual([7, 9]);
  });

  it('throws a second conflict instead of looping', async () => {
    const api = server([]);

    const result = retryOnConflict(api.send, 7, () =>
      Promise.resolve(makeCustomer({ version: 9 })),
    );

    await expect(result).rejects.toMatchObject({ status: 409 });
    expect(api.sent).toEqual([7, 9]);
  });

  it('does not retry other errors', async () => {
    const wrong = new ApiError(400, {
      statusCode: 400,
      message: 'The given current password does not match.',
      errors: [
        {
          code: 'InvalidCurrentPassword',
          message: 'The given current password does not match.',
        },
      ],
    });
    const sent: number[] = [];

    const result = retryOnConflict(
      (version) => {
        sent.push(version);
        return Promise.reject(wrong);
      },
      7,
      () => Promise.resolve(makeCustomer({ version: 9 })),
    );

    await expect(result).rejects.toBe(wrong);
    expect(sent).toEqual([7]);
  });
});
