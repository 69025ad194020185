import type { Customer } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { ADMIN } from './client';
import { startEmulator } from './setup';
import { PASSWORD, signedInCustomer } from './signed-in-customer';

const { client } = startEmulator();
const customer = signedInCustomer(client, 'rules@example.test');

const signUpAnswer = async (draft: Record<string, unknown>) => {
  const anon = await client.anonymous();
  return client.api('POST', '/me/signup', anon.access_token, {
    email: 'new@example.test',
    password: PASSWORD,
    ...draft,
  });
};

async function resetToken(email: string): Promise<string> {
  const admin = await client.clientCredentials(ADMIN);
  const token = await client.api<{ value: string }>(
    'POST',
    '/customers/password-token',
    admin.access_token,
    { email },
  );
  return token.body.value;
}

describe('one password rule for sign-up, change and reset', () => {
  const change = async (newPassword: string) =>
    client.api('POST', '/me/password', customer.token(), {
      version: (await customer.current()).version,
      currentPassword: PASSWORD,
      newPassword,
    });
  const reset = async (newPassword: string) =>
    client.api('POST', '/me/password/reset', customer.token(), {
      tokenValue: await resetToken('rules@example.test'),
      newPassword,
    });

  it('refuses an empty password everywhere, and sign-in still works', async () => {
    const answers = [
      await signUpAnswer({ password: '' }),
      await change(''),
      await reset(''),
    ];

    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(answers.map((a) => a.body.errors)).toEqual(
      ['password', 'newPassword', 'newPassword'].map((field) => [
        {
          code: 'InvalidJsonInput',
          message: 'Request body does not contain valid JSON.',
          detailedErrorMessage: `${field}: Must not be empty.`,
        },
      ]),
    );
    await expect(
      client.password('rules@example.test', PASSWORD),
    ).resolves.toBeTruthy();
  });

  it('accepts any other password everywhere, and the password flow takes it', async () => {
    expect((await change('   ')).status).toBe(200);
    await expect(
      client.password('rules@example.test', '   '),
    ).resolves.toBeTruthy();

    expect((await reset('x')).status).toBe(200);
    await expect(
      client.password('rules@example.test', 'x'),
    ).resolves.toBeTruthy();
  });
});

describe('one email rule for sign-up and changeEmail', () => {
  it('refuses a blank email in both', async () => {
    const signUp = await signUpAnswer({ email: '   ' });
    const changed = await customer.update([
      { action: 'changeEmail', email: ' \t ' },
    ]);

    expect([signUp.status, changed.status]).toEqual([400, 400]);
    expect(signUp.body.errors).toEqual([
      expect.objectContaining({
        code: 'InvalidJsonInput',
        detailedErrorMessage: 'email: Must not be blank.',
      }),
    ]);
    expect((changed.body as unknown as { errors: unknown }).errors).toEqual([
      expect.objectContaining({
        code: 'InvalidJsonInput',
        detailedErrorMessage: 'actions -> [0] -> email: Must not be blank.',
      }),
    ]);
  });

  it('checks no syntax in either (the platform takes an email without @)', async () => {
    const signUp = await signUpAnswer({ email: 'no-at-sign' });
    const changed = await customer.update([
      { action: 'changeEmail', email: 'also-no-at-sign' },
    ]);

    expect([signUp.status, changed.status]).toEqual([201, 200]);
  });
});

describe('one address-key rule for sign-up and the address actions', () => {
  const duplicate = {
    statusCode: 400,
    message: 'A duplicate value "a" exists for field addresses.key.',
    errors: [
      {
        code: 'DuplicateField',
        message: 'A duplicate value "a" exists for field addresses.key.',
        field: 'addresses.key',
        duplicateValue: 'a',
      },
    ],
  };

  it('refuses a sign-up draft whose addresses share a key', async () => {
    const answer = await signUpAnswer({
      addresses: [
        { country: 'DE', key: 'a' },
        { country: 'FR', key: 'a' },
      ],
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(duplicate);
  });

  it('answers the same to addAddress and changeAddress', async () => {
    const withA = await customer.updated(
      { action: 'addAddress', address: { country: 'DE', key: 'a' } },
      { action: 'addAddress', address: { country: 'FR', key: 'b' } },
    );

    const added = await customer.update([
      { action: 'addAddress', address: { country: 'FR', key: 'a' } },
    ]);
    const changed = await customer.update([
      {
        action: 'changeAddress',
        addressKey: 'b',
        address: { country: 'FR', key: 'a' },
      },
    ]);

    expect(added.body).toEqual(duplicate);
    expect(changed.body).toEqual(duplicate);
    expect((await customer.current()).version).toBe(withA.version);
  });

  it('lets distinct keys and keyless addresses through', async () => {
    const answer = await signUpAnswer({
      addresses: [
        { country: 'DE', key: 'a' },
        { country: 'FR' },
        { country: 'AT' },
      ],
    });

    expect(answer.status).toBe(201);
    expect(
      (answer.body.customer as Customer).addresses.map((a) => a.key),
    ).toEqual(['a', undefined, undefined]);
  });
});
