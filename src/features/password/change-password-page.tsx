import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { LoadingStatus } from '../../ui/loading-status';
import { ChangePasswordForm } from './change-password-form';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

export function ChangePasswordPage() {
  const t = useT(passwordMessages);
  usePageTitle(t('password.changeTitle'));
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>{t('password.changeTitle')}</PageHeading>
      {me.data ? (
        <ChangePasswordForm key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <LoadingStatus />
      )}
      <p>
        <Link to="/account">{t('password.back')}</Link>
      </p>
    </div>
  );
}
