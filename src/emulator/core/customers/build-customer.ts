import type { Address, Customer } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { addressId, uuid } from '../ids';
import { maskPassword } from '../password';
import type { TokenGrant } from '../state';
import { clientLogging } from '../versioning';
import type { SignUpDraft } from './read-draft';

/**
 * A new customer from a checked draft: server-made address ids, and each
 * default also listed in its id list, as the platform does.
 */
export function buildCustomer(
  ctx: Context,
  draft: SignUpDraft,
  passwordHash: string,
  stores: string[],
  grant?: TokenGrant,
): Customer {
  const now = ctx.iso();
  const addresses = draft.addresses.map(
    (a) => ({ ...a, id: addressId() }) as Address,
  );
  const idAt = (i: number | undefined) =>
    i === undefined ? undefined : addresses[i]?.id;
  const shippingId = idAt(draft.defaultShippingAddress);
  const billingId = idAt(draft.defaultBillingAddress);
  const optional = {
    ...draft.text,
    ...(draft.dateOfBirth ? { dateOfBirth: draft.dateOfBirth } : {}),
    ...(draft.locale ? { locale: draft.locale } : {}),
    ...(draft.custom ? { custom: draft.custom } : {}),
    ...(shippingId ? { defaultShippingAddressId: shippingId } : {}),
    ...(billingId ? { defaultBillingAddressId: billingId } : {}),
  };
  const logging = grant ? clientLogging(grant) : undefined;
  return {
    id: uuid(),
    version: 1,
    createdAt: now,
    lastModifiedAt: now,
    ...(logging ? { createdBy: logging, lastModifiedBy: logging } : {}),
    email: draft.email,
    password: maskPassword(passwordHash),
    ...optional,
    addresses,
    shippingAddressIds: shippingId ? [shippingId] : [],
    billingAddressIds: billingId ? [billingId] : [],
    isEmailVerified: false,
    customerGroupAssignments: [],
    stores: stores.map((key) => ({ typeId: 'store', key })),
    authenticationMode: 'Password',
  };
}
