import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import { LINK_PROBLEM_MESSAGES } from '../../api/link-problem';
import { useMe } from '../../api/me';
import { useLinkToken } from '../../api/use-link-token';
import { useSession } from '../../api/use-session';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { SendVerificationLink } from './send-verification-link';
import { useEmailConfirmation } from './use-email-confirmation';
import { usePageTitle } from '../../ui/use-page-title';
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';

/** Where a verification email links to: confirms at once, then says how it went. */
export function VerifyEmailPage() {
  const core = useT(coreMessages);
  usePageTitle('Verify your email');
  const token = useLinkToken();
  const { confirmation, retry } = useEmailConfirmation(token);
  const problem = !token
    ? 'invalid'
    : confirmation.state === 'problem'
      ? confirmation.problem
      : undefined;

  return (
    <div className="narrow">
      <PageHeading>Verify your email</PageHeading>
      <StatusMessage>
        {problem ? (
          <p>{core(LINK_PROBLEM_MESSAGES[problem])}</p>
        ) : confirmation.state === 'done' ? (
          <p>Thank you: {confirmation.customer.email} is verified.</p>
        ) : (
          <p>Confirming your email…</p>
        )}
      </StatusMessage>
      {problem === 'unavailable' ? (
        <ServiceUnavailable onRetry={retry} />
      ) : problem ? (
        <NewLink />
      ) : confirmation.state === 'done' ? (
        <NextStep />
      ) : null}
    </div>
  );
}

function NextStep() {
  const { status } = useSession();
  return (
    <p>
      {status === 'signed-in' ? (
        <Link to="/account">Go to your account</Link>
      ) : (
        <Link to="/sign-in">Sign in</Link>
      )}
    </p>
  );
}

/** After a dead link: a new one, for whoever can ask for it. */
function NewLink() {
  const { status } = useSession();
  const me = useMe();
  const customer = status === 'signed-in' ? me.data : undefined;

  if (status !== 'signed-in') {
    return (
      <p>
        <Link to="/sign-in?returnTo=%2Faccount%2Femail">
          Sign in to ask for a new link
        </Link>
      </p>
    );
  }
  if (customer?.isEmailVerified) {
    return <p>Your email {customer.email} is verified already.</p>;
  }
  return customer && accountService.available ? (
    <SendVerificationLink customer={customer} />
  ) : null;
}
