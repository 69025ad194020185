import { Link, useLocation } from 'react-router';

import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { deleteMessages } from './messages-en';

/** Where a deletion ends; the session is a guest's again by now. */
export function AccountDeletedPage() {
  const t = useT(deleteMessages);
  usePageTitle(t('delete.doneTitle'));
  const { state } = useLocation();
  const email = emailFrom(state);

  return (
    <div className="narrow">
      <PageHeading>{t('delete.doneHeading')}</PageHeading>
      <p>{email ? t('delete.doneFor', { email }) : t('delete.done')}</p>
      <p>
        <Link to="/sign-up">{t('delete.newAccount')}</Link>
      </p>
    </div>
  );
}

function emailFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('email' in state)) {
    return undefined;
  }
  return typeof state.email === 'string' ? state.email : undefined;
}
