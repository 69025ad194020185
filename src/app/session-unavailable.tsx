import { session } from '../api/client';
import { useSession } from '../api/use-session';
import { ServiceUnavailable } from '../ui/service-unavailable';

/** A notice with a retry while no session could be started at all. */
export function SessionUnavailableNotice() {
  const { status } = useSession();
  if (status !== 'unavailable') return null;
  return <ServiceUnavailable onRetry={() => void session.start()} />;
}
