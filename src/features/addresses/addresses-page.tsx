import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { AddressBook } from './address-book';

export function AddressesPage() {
  const me = useMe();

  return (
    <>
      <PageHeading>Addresses</PageHeading>
      {me.data ? (
        <AddressBook key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading your addresses…</StatusMessage>
      )}
    </>
  );
}
