import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { ChangePasswordForm } from './change-password-form';
import { usePageTitle } from '../../ui/use-page-title';

export function ChangePasswordPage() {
  usePageTitle('Change password');
  const me = useMe();

  return (
    <div className="narrow">
      <PageHeading>Change password</PageHeading>
      {me.data ? (
        <ChangePasswordForm key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading…</StatusMessage>
      )}
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
    </div>
  );
}
