import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { AccountSummary } from './account-summary';
import { usePageTitle } from '../../ui/use-page-title';

export function AccountPage() {
  usePageTitle('Overview');
  const me = useMe();

  if (me.data) return <AccountSummary customer={me.data} />;
  return (
    <>
      <PageHeading>Your account</PageHeading>
      {me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading your account…</StatusMessage>
      )}
      <p>
        <Link to="/account/profile">Profile</Link> ·{' '}
        <Link to="/account/addresses">Addresses</Link>
      </p>
    </>
  );
}
