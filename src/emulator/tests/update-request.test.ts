import { describe, expect, it } from 'vitest';
import { signedInCustomer } from './signed-in-customer';
import { startEmulator } from './setup';

const { client } = startEmulator();
const { current, update, updated, token } = signedInCustomer(client);

describe('the request as a whole', () => {
  it('answers 409 with currentVersion and applies nothing for a stale version (S12)', async () => {
    const loaded = await current();
    await updated({ action: 'setFirstName', firstName: 'Tab one' });

    const stale = await update(
      [{ action: 'setLastName', lastName: 'Tab two' }],
      loaded.version,
    );

    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      message: `Object ${loaded.id} has a different version than expected. Expected: 1 - Actual: 2.`,
      errors: [
        {
          code: 'ConcurrentModification',
          message: `Object ${loaded.id} has a different version than expected. Expected: 1 - Actual: 2.`,
          currentVersion: 2,
        },
      ],
    });
    expect((await current()).lastName).toBeUndefined();
  });

  it('raises the version once per action that changed something', async () => {
    const result = await updated(
      { action: 'setFirstName', firstName: 'A' },
      { action: 'setLastName', lastName: 'B' },
      { action: 'setLastName', lastName: 'B' },
    );

    expect(result.version).toBe(3);
  });

  it('keeps the version for an empty or no-op batch', async () => {
    expect((await updated()).version).toBe(1);
    expect((await updated({ action: 'setFirstName' })).version).toBe(1);
  });

  it('saves nothing when a later action fails', async () => {
    const result = await update([
      { action: 'setFirstName', firstName: 'Never' },
      { action: 'removeAddress', addressId: 'nope' },
    ]);

    expect(result.status).toBe(400);
    const after = await current();
    expect(after.firstName).toBeUndefined();
    expect(after.version).toBe(1);
  });

  it.each([
    [
      'an admin action',
      { action: 'setKey', key: 'k' },
      "actions -> [0] -> action: Unknown action 'setKey'.",
    ],
    [
      'an unknown action',
      { action: 'fly' },
      "actions -> [0] -> action: Unknown action 'fly'.",
    ],
    [
      'no action name',
      { firstName: 'x' },
      'actions -> [0] -> action: Missing required value.',
    ],
    [
      'a missing field',
      { action: 'changeEmail' },
      'actions -> [0] -> email: Missing required value.',
    ],
    [
      'a wrong type',
      { action: 'setFirstName', firstName: 1 },
      'actions -> [0] -> firstName: JSON String expected.',
    ],
    ['a non-object', 'setFirstName', 'actions -> [0]: JSON object expected.'],
  ])('answers InvalidJsonInput for %s', async (_name, action, detail) => {
    const result = await update([action]);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      statusCode: 400,
      message: 'Request body does not contain valid JSON.',
      errors: [{ code: 'InvalidJsonInput', detailedErrorMessage: detail }],
    });
  });

  it.each([
    ['no version', { actions: [] }],
    ['no actions', { version: 1 }],
    ['a string version', { version: '1', actions: [] }],
    ['an array body', []],
  ])('answers InvalidJsonInput for %s', async (_name, body) => {
    const result = await client.api('POST', '/me', token(), body);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
  });

  it('accepts 500 actions and rejects 501', async () => {
    const action = { action: 'setFirstName', firstName: 'x' };

    expect((await update(Array(500).fill(action))).status).toBe(200);
    const tooMany = await update(Array(501).fill(action));

    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ errors: [{ code: 'InvalidInput' }] });
  });

  it('records who changed the customer', async () => {
    const result = await updated({ action: 'setFirstName', firstName: 'A' });

    expect(result.lastModifiedBy).toEqual({
      clientId: 'spa-client',
      customer: { typeId: 'customer', id: result.id },
    });
  });
});
