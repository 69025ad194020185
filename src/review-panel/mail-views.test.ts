import { describe, expect, it } from 'vitest';

import type { EmulatorState } from '../emulator/core/state';
import { mailViews } from './mail-views';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');

function mail(kind: 'password-reset' | 'email-verification', token: string) {
  return {
    id: `mail-${token}`,
    kind,
    customerId: 'c1',
    email: 'someone@example.test',
    tokenValue: token,
    expiresAt: '2026-03-02T10:00:00.000Z',
    createdAt: '2026-03-02T08:00:00.000Z',
  };
}

function token(value: string, expiresAt: string, invalidated = false) {
  return {
    kind: 'password' as const,
    invalidated,
    token: {
      id: value,
      customerId: 'c1',
      value,
      expiresAt,
      invalidateOlderTokens: true,
      createdAt: '2026-03-02T08:00:00.000Z',
      lastModifiedAt: '2026-03-02T08:00:00.000Z',
    },
  };
}

describe('mailViews', () => {
  it('lists newest first with the link each mail carries', () => {
    const state: Pick<EmulatorState, 'outbox' | 'customerTokens'> = {
      outbox: [mail('password-reset', 'a+b'), mail('email-verification', 'c')],
      customerTokens: [
        token('a+b', '2026-03-02T10:00:00.000Z'),
        token('c', '2026-03-02T10:00:00.000Z'),
      ],
    };

    const views = mailViews(state, NOW, 'http://127.0.0.1:4173');

    expect(views.map((v) => [v.subject, v.href])).toEqual([
      ['Verify your email', 'http://127.0.0.1:4173/verify-email?token=c'],
      [
        'Reset your password',
        'http://127.0.0.1:4173/reset-password?token=a%2Bb',
      ],
    ]);
  });

  it('tells working, used or replaced, and expired links apart', () => {
    const state: Pick<EmulatorState, 'outbox' | 'customerTokens'> = {
      outbox: [
        mail('password-reset', 'live'),
        mail('password-reset', 'used'),
        mail('password-reset', 'old'),
        mail('password-reset', 'unknown'),
      ],
      customerTokens: [
        token('live', '2026-03-02T10:00:00.000Z'),
        token('used', '2026-03-02T10:00:00.000Z', true),
        token('old', '2026-03-02T08:30:00.000Z'),
      ],
    };

    const statuses = mailViews(state, NOW, '').map((v) => v.status);

    expect(statuses).toEqual([
      'used or replaced',
      'expired',
      'used or replaced',
      'works',
    ]);
  });
});
