import { CustomerContent } from '../../ui/customer-content';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { AddressBook } from './address-book';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { addressMessages } from './messages-en';

export function AddressesPage() {
  const t = useT(addressMessages);
  usePageTitle(t('address.title'));

  return (
    <>
      <PageHeading>{t('address.title')}</PageHeading>
      <CustomerContent
        loading={<StatusMessage>{t('address.loading')}</StatusMessage>}
      >
        {(customer) => <AddressBook key={customer.id} customer={customer} />}
      </CustomerContent>
    </>
  );
}
