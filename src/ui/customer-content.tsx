import type { Customer } from '@commercetools/platform-sdk';
import type { ReactNode } from 'react';

import { useMe } from '../api/me';
import { LoadingStatus } from './loading-status';
import { ServiceUnavailable } from './service-unavailable';

interface Props {
  /** What the page shows for the signed-in customer. */
  children: (customer: Customer) => ReactNode;
  /** While the customer loads; "Loading…" when not given. */
  loading?: ReactNode;
}

/**
 * An account page's content: built from the customer once loaded, the
 * service-unavailable notice with its retry when loading failed, and a
 * loading status until then.
 */
export function CustomerContent({ children, loading }: Props) {
  const me = useMe();
  if (me.data) return children(me.data);
  if (me.isError) {
    return (
      <ServiceUnavailable
        onRetry={() => void me.refetch()}
        retrying={me.isFetching}
      />
    );
  }
  return loading ?? <LoadingStatus />;
}
