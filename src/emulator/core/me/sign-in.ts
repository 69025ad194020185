import type {
  AnonymousCartSignInMode,
  CustomerSignInResult,
} from '@commercetools/platform-sdk';
import { cartsAfterSignIn } from '../carts/sign-in-carts';
import { errors } from '../errors';
import { json, parseJson } from '../http';
import { verifyPassword } from '../password';
import { findForSignIn } from '../repositories/customers';
import type { Handler } from '../route';
import { asObjectOf, optBoolean, optEnum, reqString } from '../validation/read';
import { profileCaller } from './caller';

const MODES: AnonymousCartSignInMode[] = [
  'MergeWithExistingCustomerCart',
  'UseAsNewActiveCustomerCart',
];

/**
 * `POST /me/login`: checks the credentials and settles the guest cart.
 * It issues no token; the client runs the password flow afterwards.
 * Wrong password and unknown email answer the same 400.
 */
export const signIn: Handler = async (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const body = asObjectOf(parseJson(req), '', [
    'email',
    'password',
    'activeCartSignInMode',
    'updateProductData',
  ]);
  const email = reqString(body, 'email', '');
  const password = reqString(body, 'password', '');
  const mode =
    optEnum(body, 'activeCartSignInMode', '', MODES) ??
    'MergeWithExistingCustomerCart';
  const updateProductData = optBoolean(body, 'updateProductData', '') ?? false;
  const record = findForSignIn(ctx, email, params.storeKey);
  if (!record || !(await verifyPassword(password, record.passwordHash))) {
    throw errors.invalidCredentials();
  }
  const cart = cartsAfterSignIn(ctx, token, record.customer, {
    mode,
    updateProductData,
    storeKey: params.storeKey,
  });
  const result: CustomerSignInResult = cart
    ? { customer: record.customer, cart }
    : { customer: record.customer };
  return json(200, result);
};
