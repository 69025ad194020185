import type { Cart } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { json, parseJson } from '../http';
import {
  checkVersion,
  clientLogging,
  readUpdate,
  readVersionParam,
  stamp,
  versionSteps,
} from '../versioning';
import {
  activeCart,
  inStore,
  ownedCarts,
  removeCart,
  saveCart,
} from '../repositories/carts';
import type { Handler } from '../route';
import { paging, withTotal } from '../validation/query';
import { applyCartActions, parseCartActions } from './cart-actions';
import { cartCaller, ownCart } from './cart-caller';
import { checkCountry } from './cart-field-actions';
import { queryCarts } from './cart-query';
import { newCart } from './cart-model';
import { addItem } from './line-item-actions';
import { readCartDraft } from './read-cart-draft';

/** `POST /me/carts`: a cart owned by the token's customer or guest. */
export const createCart: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  const draft = readCartDraft(ctx, parseJson(req));
  const storeKey = params.storeKey ?? draft.storeKey;
  if (params.storeKey && draft.storeKey && draft.storeKey !== params.storeKey) {
    throw errors.invalidInput(
      `The cart's store must be the store '${params.storeKey}'.`,
    );
  }
  if (storeKey && !ctx.options.stores.some((s) => s.key === storeKey)) {
    throw errors.referencedResourceNotFound('store', storeKey);
  }
  checkCountry({ ctx, storeKey }, draft.country);
  const { lineItems, currency, storeKey: _store, ...fields } = draft;
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  );
  const logging = clientLogging(token);
  let cart = newCart(ctx, token, currency, {
    ...defined,
    ...(storeKey ? { store: { typeId: 'store', key: storeKey } } : {}),
    createdBy: logging,
    lastModifiedBy: logging,
  });
  for (const item of lineItems) cart = addItem(cart, item, ctx.iso());
  saveCart(ctx, cart);
  return json(201, cart);
};

export const listCarts: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  const carts = queryCarts(
    req,
    ownedCarts(ctx, token).filter((c) => inStore(c, params.storeKey)),
  );
  const { limit, offset } = paging(req);
  const results = carts.slice(offset, offset + limit);
  return json(200, {
    limit,
    offset,
    count: results.length,
    ...(withTotal(req) ? { total: carts.length } : {}),
    results,
  });
};

export const getCart: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  return json(200, ownCart(ctx, token, params.id ?? '', params.storeKey));
};

export const getActiveCart: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  const cart = activeCart(ownedCarts(ctx, token), params.storeKey);
  if (!cart) throw errors.notFound('No active cart exists.');
  return json(200, cart);
};

/** `POST /me/carts/{id}`: like /me, read all, check version, apply all. */
export const updateCart: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  const found = ownCart(ctx, token, params.id ?? '', params.storeKey);
  const update = readUpdate(req);
  const actions = parseCartActions(update.actions);
  const save = (bumped: Cart) => saveCart(ctx, bumped);
  const cart = checkVersion(ctx, found, update.version, save);
  if (cart.cartState !== 'Active') {
    throw errors.invalidOperation(
      `The cart is in state '${cart.cartState}' and cannot be changed.`,
    );
  }
  const env = { ctx, storeKey: cart.store?.key };
  const result = applyCartActions(env, cart, actions);
  const steps = versionSteps(ctx, result.effective);
  const saved = stamp(ctx, result.cart, steps, token);
  saveCart(ctx, saved);
  return json(200, saved);
};

export const deleteCart: Handler = (ctx, req, params) => {
  const token = cartCaller(ctx, req, params.storeKey);
  const found = ownCart(ctx, token, params.id ?? '', params.storeKey);
  const save = (bumped: Cart) => saveCart(ctx, bumped);
  const cart = checkVersion(ctx, found, readVersionParam(req), save);
  removeCart(ctx, cart.id);
  return json(200, cart);
};
