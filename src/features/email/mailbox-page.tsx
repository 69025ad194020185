import { useQuery } from '@tanstack/react-query';

import { requestsReady } from '../../api/request-gate';
import { LoadingStatus } from '../../ui/loading-status';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { useFormat } from '../../ui/i18n/formatters';
import { useT } from '../../ui/i18n/use-t';
import { type EmailMessages, emailMessages } from './messages-en';

type Message = ReturnType<NonNullable<Window['__emulator']>['outbox']>[number];

const KINDS = {
  'password-reset': {
    subject: 'mailbox.resetSubject',
    path: '/reset-password',
  },
  'email-verification': {
    subject: 'mailbox.verifySubject',
    path: '/verify-email',
  },
} as const satisfies Record<
  Message['kind'],
  { subject: keyof EmailMessages; path: string }
>;

/**
 * Newest first, read from the emulator's controls (mock mode only) once
 * they are there: the page may paint before the emulator has loaded.
 */
async function readOutbox(): Promise<Message[]> {
  await requestsReady();
  return [...(window.__emulator?.outbox() ?? [])].reverse();
}

/**
 * Demo mode's mailbox: the emails the account service would have sent,
 * with their links. The router loads it in mock mode only.
 */
export function MailboxPage() {
  const t = useT(emailMessages);
  const { dateTime: when } = useFormat();
  usePageTitle(t('mailbox.title'));
  const outbox = useQuery({
    queryKey: ['mailbox'],
    queryFn: readOutbox,
    staleTime: 0,
    retry: false,
  });
  const messages = outbox.data;

  return (
    <>
      <PageHeading>{t('mailbox.title')}</PageHeading>
      <p>{t('mailbox.intro')}</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => void outbox.refetch()}
        >
          {t('mailbox.check')}
        </button>
      </p>
      {messages === undefined ? (
        <LoadingStatus />
      ) : messages.length === 0 ? (
        <p>{t('mailbox.empty')}</p>
      ) : (
        <ul className="mailbox">
          {messages.map((message) => {
            const kind = KINDS[message.kind];
            const link = `${kind.path}?token=${encodeURIComponent(message.tokenValue)}`;
            return (
              <li key={message.id} className="card">
                <h2>{t(kind.subject)}</h2>
                <p>
                  {t('mailbox.to', {
                    email: message.email,
                    when: when(message.createdAt),
                  })}
                </p>
                <p>
                  {t.rich('mailbox.linkUntil', {
                    link: <a href={link}>{t(kind.subject)}</a>,
                    when: when(message.expiresAt),
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
