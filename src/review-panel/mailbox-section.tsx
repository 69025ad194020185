import type { AppBridge } from './bridge';

const MAILBOX_PATH = '/mailbox';

interface Props {
  app: AppBridge;
  count: number;
}

/**
 * The app's own mock-mode mailbox page lists the mails the platform would
 * have sent, with their links; the panel points there rather than keep a
 * second list.
 */
export function MailboxSection({ app, count }: Props) {
  return (
    <section aria-labelledby="review-mailbox-heading">
      <h3 id="review-mailbox-heading">Mailbox</h3>
      <p>
        {count === 0
          ? 'No mail yet: password-reset and verification mails land here.'
          : `${count} ${count === 1 ? 'mail' : 'mails'} so far.`}{' '}
        <a
          href={MAILBOX_PATH}
          onClick={(event) => {
            event.preventDefault();
            void app.navigate(MAILBOX_PATH);
          }}
        >
          Open the mailbox
        </a>
      </p>
    </section>
  );
}
