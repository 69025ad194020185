import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { session } from '../api/client';
import { createQueryClient } from './query-client';
import { clearCacheOnIdentityChange } from './session-sync';

export const queryClient = createQueryClient();

clearCacheOnIdentityChange(session, queryClient);

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
}
