import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from '../../api/api-error';
import { makeCustomer } from './customer-fixture';
import { profilePlan } from './profile-plan';
import { customerToProfileValues } from './profile-values';
import { type SaveIo, saveWithRebase } from './save-with-rebase';

const base = makeCustomer({ version: 3 });
const baseValues = customerToProfileValues(base);

function conflictError(current: number) {
  const message = `Object ${base.id} has a different version than expected.`;
  return new ApiError(409, {
    statusCode: 409,
    message,
    errors: [
      { code: 'ConcurrentModification', message, currentVersion: current },
    ],
  });
}

/** A fake server: answers each send from a script, records what it got. */
function fakeIo(answers: (Customer | Error)[], fresh: Customer[] = []) {
  const sent: { version: number; actions: MyCustomerUpdateAction[] }[] = [];
  const io: SaveIo = {
    send: async (version, actions) => {
      sent.push({ version, actions });
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer;
      return answer;
    },
    fetchFresh: async () => {
      const next = fresh.shift();
      if (!next) throw new NetworkError();
      return next;
    },
  };
  return { io, sent };
}

describe('saveWithRebase', () => {
  it('sends nothing when nothing changed', async () => {
    const { io, sent } = fakeIo([]);

    const outcome = await saveWithRebase(profilePlan, io, base, baseValues);

    expect(outcome).toEqual({ kind: 'nothing' });
    expect(sent).toEqual([]);
  });

  it('sends the changes with the base version and returns the answer', async () => {
    const saved = makeCustomer({ version: 4, lastName: 'Sample' });
    const { io, sent } = fakeIo([saved]);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'Sample',
    });

    expect(outcome).toEqual({ kind: 'saved', customer: saved });
    expect(sent).toEqual([
      { version: 3, actions: [{ action: 'setLastName', lastName: 'Sample' }] },
    ]);
  });

  it('re-sends on the fresh version when the other edit touched another field (S12)', async () => {
    const fresh = makeCustomer({ version: 5, firstName: 'Sam' });
    const saved = makeCustomer({ version: 6, firstName: 'Sam', lastName: 'X' });
    const { io, sent } = fakeIo([conflictError(5), saved], [fresh]);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'X',
    });

    expect(outcome).toEqual({ kind: 'saved', customer: saved });
    expect(sent.map((s) => s.version)).toEqual([3, 5]);
    expect(sent[1]?.actions).toEqual([
      { action: 'setLastName', lastName: 'X' },
    ]);
  });

  it('counts as saved when the other writer made the same change', async () => {
    const fresh = makeCustomer({ version: 4, lastName: 'X' });
    const { io, sent } = fakeIo([conflictError(4)], [fresh]);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'X',
    });

    expect(outcome).toEqual({ kind: 'saved', customer: fresh });
    expect(sent).toHaveLength(1);
  });

  it('hands a clash on the same field back to the user, keeping the typed value', async () => {
    const fresh = makeCustomer({ version: 4, lastName: 'Other', title: 'Dr.' });
    const { io, sent } = fakeIo([conflictError(4)], [fresh]);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'Mine',
    });

    expect(outcome).toEqual({
      kind: 'review',
      fresh,
      values: { ...baseValues, lastName: 'Mine', title: 'Dr.' },
      conflicts: [{ field: 'lastName', mine: 'Mine', theirs: 'Other' }],
    });
    expect(sent).toHaveLength(1);
  });

  it('re-sends only once, then asks the user to review', async () => {
    const first = makeCustomer({ version: 4, firstName: 'Sam' });
    const second = makeCustomer({ version: 5, firstName: 'Sam', title: 'Dr.' });
    const { io, sent } = fakeIo(
      [conflictError(4), conflictError(5)],
      [first, second],
    );

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'X',
    });

    expect(outcome).toMatchObject({
      kind: 'review',
      fresh: second,
      conflicts: [],
      values: { firstName: 'Sam', title: 'Dr.', lastName: 'X' },
    });
    expect(sent).toHaveLength(2);
  });

  it('gives other errors back untouched and does not retry them', async () => {
    const error = new ApiError(400, {
      statusCode: 400,
      message: 'duplicate',
      errors: [
        {
          code: 'DuplicateField',
          message: 'duplicate',
          field: 'email',
          duplicateValue: 'taken@example.com',
        },
      ],
    });
    const { io, sent } = fakeIo([error]);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'Taken',
    });

    expect(outcome).toEqual({ kind: 'failed', error });
    expect(sent).toHaveLength(1);
  });

  it('fails when the fresh customer cannot be read', async () => {
    const { io } = fakeIo([conflictError(4)], []);

    const outcome = await saveWithRebase(profilePlan, io, base, {
      ...baseValues,
      lastName: 'X',
    });

    expect(outcome).toMatchObject({ kind: 'failed' });
  });
});
