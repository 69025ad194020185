import type { Customer } from '@commercetools/platform-sdk';

import type { TestCustomer } from './customer';
import { EMULATOR_PROJECT_KEY as pk, EMULATOR_URL } from './servers';

/*
 * Talks to the HTTP emulator the live projects share, the way a backend
 * would: to seed customers the UI under test cannot make, and to check
 * what the auth host says about tokens the UI holds.
 */

const SPA = { id: 'spa-client', secret: 'spa-secret' };
/** The emulator's server-side client; it may introspect any token. */
const ADMIN = { id: 'admin-client', secret: 'admin-secret' };

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

async function call<T>(path: string, init: RequestInit): Promise<Answer<T>> {
  const response = await fetch(`${EMULATOR_URL}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

function oauth(path: string, client: typeof SPA, form: Record<string, string>) {
  return call<Record<string, unknown>>(path, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${client.id}:${client.secret}`)}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
  });
}

const storePath = (storeKey?: string) =>
  storeKey ? `/in-store/key=${storeKey}` : '';

/** Whether the auth host still honours a token (asked as the admin). */
export async function isTokenActive(token: string): Promise<boolean> {
  const answer = await oauth('/oauth/introspect', ADMIN, { token });
  return answer.body.active === true;
}

/** The password flow, globally or in a store: the status and error code. */
export async function passwordFlow(
  customer: Pick<TestCustomer, 'email' | 'password'>,
  storeKey?: string,
): Promise<Answer> {
  return oauth(`/oauth/${pk}${storePath(storeKey)}/customers/token`, SPA, {
    grant_type: 'password',
    username: customer.email,
    password: customer.password,
  });
}

/** Signs a customer up in a store the way a store build does. */
export async function signUpInStore(
  customer: TestCustomer,
  storeKey: string,
): Promise<Answer<{ customer: Customer }>> {
  const anonymous = await oauth(`/oauth/${pk}/anonymous/token`, SPA, {
    grant_type: 'client_credentials',
  });
  return call(`/${pk}${storePath(storeKey)}/me/signup`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${String(anonymous.body.access_token)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      email: customer.email,
      password: customer.password,
      firstName: customer.firstName,
      lastName: customer.lastName,
    }),
  });
}

/** The customer as the store's `/me` sees them, with their own token. */
export async function meInStore(
  customer: TestCustomer,
  storeKey: string,
): Promise<Answer<Customer>> {
  const token = await passwordFlow(customer, storeKey);
  return call(`/${pk}${storePath(storeKey)}/me`, {
    headers: { authorization: `Bearer ${String(token.body.access_token)}` },
  });
}
