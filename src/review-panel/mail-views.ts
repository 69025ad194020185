import type { OutboxMessage } from '../emulator/core';
import type { EmulatorState } from '../emulator/core/state';

export type MailStatus = 'works' | 'used or replaced' | 'expired';

export interface MailView {
  id: string;
  subject: string;
  to: string;
  sentAt: string;
  expiresAt: string;
  status: MailStatus;
  /** The link the mail carries, on the app's own origin. */
  href: string;
}

const MAILS = {
  'password-reset': { subject: 'Reset your password', path: '/reset-password' },
  'email-verification': { subject: 'Verify your email', path: '/verify-email' },
} as const;

/**
 * The outbox as a mailbox, newest first. The emulator stores the token,
 * not a rendered mail; the link is built the way the account service
 * builds it (docs/account-service.md).
 */
export function mailViews(
  state: Pick<EmulatorState, 'outbox' | 'customerTokens'>,
  now: number,
  origin: string,
): MailView[] {
  return [...state.outbox].reverse().map((message) => ({
    id: message.id,
    subject: MAILS[message.kind].subject,
    to: message.email,
    sentAt: message.createdAt,
    expiresAt: message.expiresAt,
    status: statusOf(message, state, now),
    href:
      `${origin}${MAILS[message.kind].path}` +
      `?token=${encodeURIComponent(message.tokenValue)}`,
  }));
}

function statusOf(
  message: OutboxMessage,
  state: Pick<EmulatorState, 'customerTokens'>,
  now: number,
): MailStatus {
  const record = state.customerTokens.find(
    (r) => r.token.value === message.tokenValue,
  );
  if (!record || record.invalidated) return 'used or replaced';
  return Date.parse(record.token.expiresAt) <= now ? 'expired' : 'works';
}
