import type { Context } from '../context';
import { saveCustomer } from '../repositories/customers';
import type { CustomerRecord } from '../state';
import { checkVersion } from '../versioning';

/** The shared version check, persisting a simulated concurrent write. */
export function checkCustomerVersion(
  ctx: Context,
  record: CustomerRecord,
  expected: number,
): void {
  record.customer = checkVersion(ctx, record.customer, expected, (bumped) => {
    record.customer = bumped;
    saveCustomer(ctx, record);
  });
}
