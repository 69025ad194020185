import { CustomerContent } from '../../ui/customer-content';
import { PageHeading } from '../../ui/page-heading';
import { StatusMessage } from '../../ui/status-message';
import { ProfileForm } from './profile-form';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { profileMessages } from './messages-en';

export function ProfilePage() {
  const t = useT(profileMessages);
  usePageTitle(t('profile.title'));

  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <CustomerContent
        loading={<StatusMessage>{t('profile.loading')}</StatusMessage>}
      >
        {(customer) => (
          // Keyed by customer so another sign-in starts a fresh form.
          <ProfileForm key={customer.id} customer={customer} />
        )}
      </CustomerContent>
    </>
  );
}
