import type { Customer } from '@commercetools/platform-sdk';

export interface DeleteAccountIo {
  confirmPassword(email: string, password: string): Promise<void>;
  deleteMe(version: number): Promise<Customer>;
}

/**
 * Checks the password, then deletes at the version the customer saw. A
 * 409 is not retried: the account changed since the customer looked at
 * it, so they are asked again with the fresh data.
 */
export async function deleteAccount(
  io: DeleteAccountIo,
  customer: Customer,
  password: string,
): Promise<Customer> {
  await io.confirmPassword(customer.email, password);
  return io.deleteMe(customer.version);
}
