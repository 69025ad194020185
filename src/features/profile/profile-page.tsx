import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { ProfileForm } from './profile-form';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { profileMessages } from './messages-en';

export function ProfilePage() {
  const t = useT(profileMessages);
  usePageTitle(t('profile.title'));
  const me = useMe();

  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      {me.data ? (
        // Keyed by customer so another sign-in starts a fresh form.
        <ProfileForm key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>{t('profile.loading')}</StatusMessage>
      )}
    </>
  );
}
