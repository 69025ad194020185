import { useMutation, useQueryClient } from '@tanstack/react-query';

import { signIn } from '../../api/account-auth';
import { meQueryKey } from '../../api/me';
import type { SignInValues } from './sign-in-schema';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: SignInValues) => signIn(values),
    retry: 0,
    // The sign-in answer carries the customer: no need to fetch it again.
    onSuccess: (result) =>
      queryClient.setQueryData(meQueryKey, result.customer),
  });
}
