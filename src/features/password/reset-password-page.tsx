import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';

import { accountService } from '../../api/account-service-client';
import {
  LINK_PROBLEM_MESSAGES,
  type LinkProblem,
} from '../../api/link-problem';
import { useLinkToken } from '../../api/use-link-token';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import type { ResetOutcome } from './reset-and-sign-in';
import { ResetPasswordForm } from './reset-password-form';
import { useResetCheck } from './use-reset-check';
import { usePageTitle } from '../../ui/use-page-title';
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

/**
 * The page a reset email links to. The token leaves the address bar at
 * once, and is checked before the form is shown, so nobody chooses a
 * password for a link that no longer works.
 */
export function ResetPasswordPage() {
  const core = useT(coreMessages);
  const t = useT(passwordMessages);
  usePageTitle(t('password.resetTitle'));
  const token = useLinkToken();
  const [done, setDone] = useState<ResetOutcome>();
  const [lateProblem, setLateProblem] = useState<LinkProblem>();
  const { check, retry } = useResetCheck(token);

  const view = resetView();

  function resetView(): { say: string; show: ReactNode } {
    if (done) {
      return done.kind === 'signed-in'
        ? {
            say: t('password.changedSignedIn'),
            show: <Link to="/account">{core('app.goToAccount')}</Link>,
          }
        : {
            say: t('password.changed'),
            show: <Link to="/sign-in">{t('password.signInWithNew')}</Link>,
          };
    }
    if (!accountService.available) {
      return {
        say: t('password.resetUnavailable'),
        show: null,
      };
    }
    const problem =
      lateProblem ??
      (!token
        ? 'invalid'
        : check.state === 'problem'
          ? check.problem
          : undefined);
    if (problem === 'unavailable') {
      return {
        say: '',
        show: <ServiceUnavailable onRetry={retry} />,
      };
    }
    if (problem) {
      return {
        say: core(LINK_PROBLEM_MESSAGES[problem]),
        show: <Link to="/forgot-password">{t('password.askNewLink')}</Link>,
      };
    }
    if (token && check.state === 'usable') {
      return {
        say: t('password.chooseNew'),
        show: (
          <ResetPasswordForm
            token={token}
            onDone={setDone}
            onLinkProblem={setLateProblem}
          />
        ),
      };
    }
    return { say: t('password.checkingLink'), show: null };
  }

  return (
    <div className="narrow">
      <PageHeading>{t('password.resetTitle')}</PageHeading>
      <StatusMessage>{view.say ? <p>{view.say}</p> : null}</StatusMessage>
      {view.show}
    </div>
  );
}
