import { useMe } from '../../api/me';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { ProfileForm } from './profile-form';
import { usePageTitle } from '../../ui/use-page-title';

export function ProfilePage() {
  usePageTitle('Profile');
  const me = useMe();

  return (
    <>
      <PageHeading>Profile</PageHeading>
      {me.data ? (
        // Keyed by customer so another sign-in starts a fresh form.
        <ProfileForm key={me.data.id} customer={me.data} />
      ) : me.isError ? (
        <ServiceUnavailable
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      ) : (
        <StatusMessage>Loading your profile…</StatusMessage>
      )}
    </>
  );
}
