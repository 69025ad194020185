import { Link } from 'react-router';

import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { AccountSummary } from './account-summary';
import { usePageTitle } from '../../ui/use-page-title';
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';
import { accountMessages } from './messages-en';

export function AccountPage() {
  const t = useT(accountMessages);
  const core = useT(coreMessages);
  usePageTitle(t('account.pageTitle'));
  const me = useMe();

  if (me.data) return <AccountSummary customer={me.data} />;
  return (
    <>
      <PageHeading>{core('app.yourAccount')}</PageHeading>
      {me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>{t('account.loading')}</StatusMessage>
      )}
      <p>
        <Link to="/account/profile">{core('app.navProfile')}</Link> ·{' '}
        <Link to="/account/addresses">{core('app.navAddresses')}</Link>
      </p>
    </>
  );
}
