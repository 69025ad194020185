import type { Customer } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { buildCustomer } from '../customers/build-customer';
import type { SignUpDraft } from '../customers/read-draft';
import { insertCustomer } from '../repositories/customers';

/** Every review scenario's customers sign in with this password. */
export const REVIEW_PASSWORD = 'Review-pass-1';

export interface SeedCustomer {
  draft: Omit<SignUpDraft, 'password' | 'text' | 'addresses'> &
    Partial<Pick<SignUpDraft, 'text' | 'addresses'>>;
  /**
   * A precomputed salted hash of REVIEW_PASSWORD, so seeding stays
   * synchronous; a unit test checks each one against the password.
   */
  passwordHash: string;
  stores?: string[];
  verified?: boolean;
  /** More addresses (by index) for the shipping and billing lists. */
  shipping?: number[];
  billing?: number[];
}

const withIds = (ids: string[], more: (string | undefined)[]) => [
  ...new Set([...ids, ...more.filter((id): id is string => id !== undefined)]),
];

/** Builds and stores a customer the way sign-up would, minus the token. */
export function seedCustomer(ctx: Context, seed: SeedCustomer): Customer {
  const draft: SignUpDraft = {
    text: {},
    addresses: [],
    ...seed.draft,
    password: REVIEW_PASSWORD,
  };
  const built = buildCustomer(ctx, draft, seed.passwordHash, seed.stores ?? []);
  const idAt = (indexes: number[] = []) =>
    indexes.map((i) => built.addresses[i]?.id);
  const customer: Customer = {
    ...built,
    isEmailVerified: seed.verified ?? true,
    shippingAddressIds: withIds(built.shippingAddressIds, idAt(seed.shipping)),
    billingAddressIds: withIds(built.billingAddressIds, idAt(seed.billing)),
  };
  insertCustomer(ctx, { customer, passwordHash: seed.passwordHash });
  return customer;
}
