import { useState } from 'react';

import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';

type Message = ReturnType<NonNullable<Window['__emulator']>['outbox']>[number];

const KINDS: Record<Message['kind'], { subject: string; path: string }> = {
  'password-reset': {
    subject: 'Reset your password',
    path: '/reset-password',
  },
  'email-verification': {
    subject: 'Verify your email',
    path: '/verify-email',
  },
};

/** Newest first, read from the emulator's controls (mock mode only). */
function readOutbox(): Message[] {
  return [...(window.__emulator?.outbox() ?? [])].reverse();
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/**
 * Demo mode's mailbox: the emails the account service would have sent,
 * with their links. The router loads it in mock mode only.
 */
export function MailboxPage() {
  usePageTitle('Mailbox');
  const [messages, setMessages] = useState(readOutbox);

  return (
    <>
      <PageHeading>Mailbox</PageHeading>
      <p>
        Demo mode: the emails the shop would have sent, newest first. Nothing
        leaves this browser.
      </p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => setMessages(readOutbox())}
        >
          Check for new email
        </button>
      </p>
      {messages.length === 0 ? (
        <p>No emails yet.</p>
      ) : (
        <ul className="mailbox">
          {messages.map((message) => {
            const kind = KINDS[message.kind];
            const link = `${kind.path}?token=${encodeURIComponent(message.tokenValue)}`;
            return (
              <li key={message.id} className="card">
                <h2>{kind.subject}</h2>
                <p>
                  To {message.email}, {when(message.createdAt)}
                </p>
                <p>
                  <a href={link}>{kind.subject}</a> (the link works until{' '}
                  {when(message.expiresAt)})
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
