import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';
import type { TokenBody } from './client';

const { client } = startEmulator({}, 'demo');
const DEMO = ['alex.demo@example.com', 'Demo-pass-1'] as const;

const anonymousAnswer = (params: Record<string, string>) =>
  client.form<TokenBody>('/oauth/demo/anonymous/token', {
    grant_type: 'client_credentials',
    ...params,
  });

const pseudoScopes = (scope: string) =>
  scope.split(' ').filter((s) => /^(customer_id|anonymous_id):/.test(s));

describe('client-chosen anonymous ids', () => {
  const message =
    'Malformed parameter: anonymous_id: Must be 1 to 256 visible ASCII ' +
    'characters.';

  it.each([
    ['a space', 'x customer_id:evil'],
    ['a tab', 'x\tcustomer_id:evil'],
    ['a line break', 'x\ncustomer_id:evil'],
    ['a control character', 'guest\u0000'],
    ['a non-ASCII space', 'x\u00a0customer_id:evil'],
    ['257 characters', 'a'.repeat(257)],
    ['100 KB', 'a'.repeat(100 * 1024)],
  ])('refuses one with %s as invalid_request', async (_what, id) => {
    const answer = await anonymousAnswer({ anonymous_id: id });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      message,
      errors: [{ code: 'invalid_request', message }],
      error: 'invalid_request',
      error_description: message,
    });
  });

  it('takes 256 visible characters, bound as one pseudo-scope', async () => {
    const id = `guest:${'a'.repeat(250)}`;

    const answer = await anonymousAnswer({ anonymous_id: id });

    expect(answer.status).toBe(200);
    expect(pseudoScopes(answer.body.scope)).toEqual([`anonymous_id:${id}`]);
  });
});

describe('nothing the client sends adds a pseudo-scope', () => {
  it.each([
    'manage_my_profile:demo customer_id:evil',
    'manage_my_profile:demo\tcustomer_id:evil',
    'manage_my_profile:demo anonymous_id:evil',
  ])('the scope %j is refused on every flow', async (scope) => {
    const answers = [
      await client.form('/oauth/token', {
        grant_type: 'client_credentials',
        scope,
      }),
      await anonymousAnswer({ scope }),
      await client.form('/oauth/demo/customers/token', {
        grant_type: 'password',
        username: DEMO[0],
        password: DEMO[1],
        scope,
      }),
    ];

    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(answers.map((a) => (a.body as { error?: string }).error)).toEqual([
      'invalid_scope',
      'invalid_scope',
      'invalid_scope',
    ]);
  });

  it('a refreshed token keeps exactly the pseudo-scopes it had', async () => {
    const token = await client.password(...DEMO);

    const refreshed = await client.refresh(token.refresh_token ?? '');

    expect(pseudoScopes(refreshed.body.scope)).toEqual(
      pseudoScopes(token.scope),
    );
    expect(pseudoScopes(token.scope)).toHaveLength(1);
  });
});
