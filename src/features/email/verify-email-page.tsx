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
import { emailMessages } from './messages-en';

/** Where a verification email links to: confirms at once, then says how it went. */
export function VerifyEmailPage() {
  const core = useT(coreMessages);
  const t = useT(emailMessages);
  usePageTitle(t('email.verifyTitle'));
  const token = useLinkToken();
  const { confirmation, retry } = useEmailConfirmation(token);
  const problem = !token
    ? 'invalid'
    : confirmation.state === 'problem'
      ? confirmation.problem
      : undefined;

  return (
    <div className="narrow">
      <PageHeading>{t('email.verifyTitle')}</PageHeading>
      <StatusMessage>
        {problem ? (
          <p>{core(LINK_PROBLEM_MESSAGES[problem])}</p>
        ) : confirmation.state === 'done' ? (
          <p>{t('email.thankYou', { email: confirmation.customer.email })}</p>
        ) : (
          <p>{t('email.confirming')}</p>
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
  const core = useT(coreMessages);
  const t = useT(emailMessages);
  const { status } = useSession();
  return (
    <p>
      {status === 'signed-in' ? (
        <Link to="/account">{core('app.goToAccount')}</Link>
      ) : (
        <Link to="/sign-in">{t('email.signIn')}</Link>
      )}
    </p>
  );
}

/** After a dead link: a new one, for whoever can ask for it. */
function NewLink() {
  const t = useT(emailMessages);
  const { status } = useSession();
  const me = useMe();
  const customer = status === 'signed-in' ? me.data : undefined;

  if (status !== 'signed-in') {
    return (
      <p>
        <Link to="/sign-in?returnTo=%2Faccount%2Femail">
          {t('email.signInForLink')}
        </Link>
      </p>
    );
  }
  if (customer?.isEmailVerified) {
    return <p>{t('email.verifiedAlready', { email: customer.email })}</p>;
  }
  return customer && accountService.available ? (
    <SendVerificationLink customer={customer} />
  ) : null;
}
