import type { MyCustomerDraft } from '@commercetools/platform-sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { signUp } from '../../api/account-auth';
import { meQueryKey } from '../../api/me';
import type { SignUpValues } from './sign-up-schema';

export function toCustomerDraft(values: SignUpValues): MyCustomerDraft {
  return {
    email: values.email,
    password: values.password,
    firstName: values.firstName,
    lastName: values.lastName,
  };
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: SignUpValues) => signUp(toCustomerDraft(values)),
    retry: 0,
    // The sign-up answer is the new customer: no need to fetch it again.
    onSuccess: (result) =>
      queryClient.setQueryData(meQueryKey, result.customer),
  });
}
