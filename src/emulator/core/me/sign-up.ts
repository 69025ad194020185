import type { CustomerSignInResult } from '@commercetools/platform-sdk';
import { buildCustomer } from '../customers/build-customer';
import { readSignUpDraft } from '../customers/read-draft';
import { errors } from '../errors';
import { json, parseJson } from '../http';
import { hashPassword } from '../password';
import { insertCustomer, isEmailTaken } from '../repositories/customers';
import type { Handler } from '../route';
import { cartsAfterSignUp } from '../carts/sign-in-carts';
import { profileCaller } from './caller';

/**
 * `POST /me/signup` → 201 `{customer, cart?}`. In a store the customer is
 * bound to that store; with an anonymous token the guest's carts follow.
 */
export const signUp: Handler = async (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const draft = readSignUpDraft(ctx, parseJson(req));
  const stores = storesFor(draft.storeKeys, params.storeKey);
  if (isEmailTaken(ctx, draft.email, stores)) {
    throw errors.duplicateEmail(draft.email);
  }
  const hash = await hashPassword(draft.password);
  // Re-checked after the await: a double submit must create one account.
  if (isEmailTaken(ctx, draft.email, stores)) {
    throw errors.duplicateEmail(draft.email);
  }
  const customer = buildCustomer(ctx, draft, hash, stores, token);
  insertCustomer(ctx, { customer, passwordHash: hash });
  const cart = cartsAfterSignUp(ctx, token, customer, params.storeKey);
  const result: CustomerSignInResult = cart ? { customer, cart } : { customer };
  return json(201, result);
};

/**
 * Global sign-up keeps the draft's stores (none: a global customer). In a
 * store, the path store is used when the draft names none, and must be
 * among them when it does.
 */
function storesFor(
  fromDraft: string[] | undefined,
  pathStore: string | undefined,
): string[] {
  if (pathStore === undefined) return [...new Set(fromDraft ?? [])];
  if (!fromDraft) return [pathStore];
  if (!fromDraft.includes(pathStore)) {
    throw errors.invalidInput(
      `The stores of the draft must include the store '${pathStore}'.`,
    );
  }
  return [...new Set(fromDraft)];
}
