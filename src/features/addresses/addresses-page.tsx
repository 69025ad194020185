import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { AddressBook } from './address-book';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { addressMessages } from './messages-en';

export function AddressesPage() {
  const t = useT(addressMessages);
  usePageTitle(t('address.title'));
  const me = useMe();

  return (
    <>
      <PageHeading>{t('address.title')}</PageHeading>
      {me.data ? (
        <AddressBook key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>{t('address.loading')}</StatusMessage>
      )}
    </>
  );
}
