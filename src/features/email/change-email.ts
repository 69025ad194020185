import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';

import { retryOnConflict } from '../../api/retry-on-conflict';
import type { ChangeEmailValues } from './change-email-schema';

export interface ChangeEmailIo {
  confirmPassword(email: string, password: string): Promise<void>;
  send(version: number, actions: MyCustomerUpdateAction[]): Promise<Customer>;
  fetchFresh(): Promise<Customer>;
}

/**
 * Checks the password first, then sends `changeEmail` alone. Another
 * writer's change meanwhile (409) does not touch the email, so the same
 * action is sent once more on the fresh version.
 */
export async function changeEmail(
  io: ChangeEmailIo,
  customer: Customer,
  values: ChangeEmailValues,
): Promise<Customer> {
  await io.confirmPassword(customer.email, values.currentPassword);
  const actions: MyCustomerUpdateAction[] = [
    { action: 'changeEmail', email: values.email },
  ];
  return retryOnConflict(
    (version) => io.send(version, actions),
    customer.version,
    io.fetchFresh,
  );
}
