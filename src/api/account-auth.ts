import type {
  AnonymousCartSignInMode,
  CustomerSignInResult,
  MyCustomerDraft,
} from '@commercetools/platform-sdk';

import { apiFetch, authClient, me, session } from './client';

export interface SignInInput {
  email: string;
  password: string;
  activeCartSignInMode: AnonymousCartSignInMode;
}

/**
 * Signs in with the anonymous session's token so the guest cart follows
 * the customer, then fetches the customer's own tokens: /me/login answers
 * the customer and cart but issues no token.
 */
export async function signIn(
  input: SignInInput,
): Promise<CustomerSignInResult> {
  const result = await apiFetch<CustomerSignInResult>(me('/login'), {
    method: 'POST',
    body: input,
  });
  session.adoptCustomer(await authClient.password(input.email, input.password));
  return result;
}

/** Creates the account in the anonymous session, then signs in. */
export async function signUp(
  draft: MyCustomerDraft,
): Promise<CustomerSignInResult> {
  const result = await apiFetch<CustomerSignInResult>(me('/signup'), {
    method: 'POST',
    body: draft,
  });
  session.adoptCustomer(await authClient.password(draft.email, draft.password));
  return result;
}

export function signOut(): Promise<void> {
  return session.signOut();
}
