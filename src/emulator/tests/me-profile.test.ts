import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../testing/setup';

const { client } = startEmulator({}, 'demo');

describe('the demo customer', () => {
  it('signs in with the password flow and reads /me', async () => {
    const token = await client.password('alex.demo@example.com', 'Demo-pass-1');
    expect(token.refresh_token).toMatch(/^demo:/);
    expect(token.scope).toMatch(/customer_id:/);

    const me = await client.api('GET', '/me', token.access_token);

    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: 'alex.demo@example.com',
      firstName: 'Alex',
      lastName: 'Demo',
      version: 1,
    });
    expect(me.body.password).toMatch(/^\*{4}.{4}$/);
  });
});
