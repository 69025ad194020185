import type { Customer } from '@commercetools/platform-sdk';

export interface DataExport {
  fileName: string;
  json: string;
}

/**
 * Everything the account holds, as JSON the customer can keep: the
 * profile, the addresses and their roles. The masked password is left
 * out: it is a fragment of a hash, of no use to anyone.
 */
export function dataExport(customer: Customer, now: Date): DataExport {
  const { password: _masked, ...account } = customer;
  const exportedAt = now.toISOString();
  return {
    fileName: `my-account-${exportedAt.slice(0, 10)}.json`,
    json: `${JSON.stringify({ exportedAt, account }, null, 2)}\n`,
  };
}
