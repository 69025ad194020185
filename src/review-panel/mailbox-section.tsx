import type { MailStatus, MailView } from './mail-views';

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function linkState(mail: MailView): string {
  const states: Record<MailStatus, string> = {
    works: `The link works until ${when.format(new Date(mail.expiresAt))}.`,
    'used or replaced': 'The link was used or replaced by a newer one.',
    expired: 'The link has expired.',
  };
  return states[mail.status];
}

/**
 * The mails the platform would have sent (password reset, email
 * verification), with their links. A link opens the app in this tab, as
 * a click in a mail client would.
 */
export function MailboxSection({ mails }: { mails: MailView[] }) {
  return (
    <section aria-labelledby="review-mailbox-heading">
      <h3 id="review-mailbox-heading">Mailbox ({mails.length})</h3>
      {mails.length === 0 ? (
        <p>No mail yet. Password-reset and verification mails land here.</p>
      ) : (
        <ul className="review-panel-mails">
          {mails.map((mail) => (
            <li key={mail.id}>
              <a href={mail.href}>{mail.subject}</a>
              <br />
              To {mail.to}, sent {when.format(new Date(mail.sentAt))}.{' '}
              {linkState(mail)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
