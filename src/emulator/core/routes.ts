import {
  createEmailToken,
  createPasswordToken,
  customerByEmailToken,
  customerByPasswordToken,
} from './admin/customer-token-routes';
import {
  createCart,
  deleteCart,
  getActiveCart,
  getCart,
  listCarts,
  updateCart,
} from './carts/cart-routes';
import {
  getProduct,
  queryProducts,
  searchProducts,
} from './carts/product-routes';
import { errors } from './errors';
import { confirmEmail, resetPassword } from './me/token-redemption';
import { changePassword } from './me/password-change';
import { deleteMe, getMe, updateMe } from './me/profile-routes';
import { signIn } from './me/sign-in';
import { signUp } from './me/sign-up';
import { anonymousFlow, passwordFlow } from './oauth/customer-flows';
import { introspectEndpoint, revokeEndpoint } from './oauth/revoke-introspect';
import { tokenEndpoint } from './oauth/token-endpoint';
import type { Handler, Route } from './route';

const GLOBAL = '/:pk';
const IN_STORE = '/:pk/in-store/key=:storeKey';

/** The same route under the project and under each store. */
function both(method: string, path: string, handler: Handler): Route[] {
  return [
    { method, pattern: `${GLOBAL}${path}`, handler },
    { method, pattern: `${IN_STORE}${path}`, handler },
  ];
}

const notBuilt: Handler = (_ctx, req) => {
  throw errors.general(
    501,
    `${req.method} ${req.path} is not built in the emulator.`,
  );
};

export const authRoutes: Route[] = [
  { method: 'POST', pattern: '/oauth/token', handler: tokenEndpoint },
  { method: 'POST', pattern: '/oauth/token/revoke', handler: revokeEndpoint },
  { method: 'POST', pattern: '/oauth/introspect', handler: introspectEndpoint },
  {
    method: 'POST',
    pattern: '/oauth/:pk/anonymous/token',
    handler: anonymousFlow,
  },
  {
    method: 'POST',
    pattern: '/oauth/:pk/customers/token',
    handler: passwordFlow,
  },
  {
    method: 'POST',
    pattern: '/oauth/:pk/in-store/key=:storeKey/customers/token',
    handler: passwordFlow,
  },
];

export const meRoutes: Route[] = [
  ...both('GET', '/me', getMe),
  ...both('POST', '/me', updateMe),
  ...both('DELETE', '/me', deleteMe),
  ...both('POST', '/me/signup', signUp),
  ...both('POST', '/me/login', signIn),
  ...both('POST', '/me/password', changePassword),
  ...both('POST', '/me/password/reset', resetPassword),
  ...both('POST', '/me/email/confirm', confirmEmail),
];

export const cartRoutes: Route[] = [
  ...both('POST', '/me/carts', createCart),
  ...both('GET', '/me/carts', listCarts),
  ...both('GET', '/me/carts/:id', getCart),
  ...both('POST', '/me/carts/:id', updateCart),
  ...both('DELETE', '/me/carts/:id', deleteCart),
  ...both('GET', '/me/active-cart', getActiveCart),
  ...both('HEAD', '/me/active-cart', getActiveCart),
];

export const productRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/:pk/product-projections',
    handler: queryProducts,
  },
  {
    method: 'GET',
    pattern: '/:pk/product-projections/search',
    handler: searchProducts,
  },
  {
    method: 'GET',
    pattern: '/:pk/product-projections/key=:key',
    handler: getProduct,
  },
  {
    method: 'GET',
    pattern: '/:pk/product-projections/:id',
    handler: getProduct,
  },
];

/** Server-side routes (`manage_customers`) for reset and verify tokens. */
export const customerTokenRoutes: Route[] = [
  ...both('POST', '/customers/password-token', createPasswordToken),
  ...both('POST', '/customers/email-token', createEmailToken),
  ...both('GET', '/customers/password-token=:value', customerByPasswordToken),
  ...both('GET', '/customers/email-token=:value', customerByEmailToken),
];

/** Parts of the /me API the emulator does not have: an explicit 501. */
export const notBuiltRoutes: Route[] = [
  'orders',
  'payments',
  'carts/replicate',
  'shopping-lists',
  'quotes',
  'quote-requests',
  'business-units',
].flatMap((name) => both('*', `/me/${name}/*`, notBuilt));
