import type { Address, Cart } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { readAddress } from '../validation/address';
import { optCountry } from '../validation/countries';
import { checkOptLocale } from '../validation/locales';
import {
  at,
  optBoolean,
  optObject,
  optString,
  type JsonObject,
} from '../validation/read';
import type { CartActionHandler, CartEnv } from './cart-action-types';
import { rejectUnbuilt } from './line-item-actions';

function without<K extends keyof Cart>(cart: Cart, key: K): Cart {
  const next: Record<string, unknown> = { ...cart };
  delete next[key];
  return next as unknown as Cart;
}

function setOrRemove<K extends keyof Cart>(
  cart: Cart,
  key: K,
  value: Cart[K] | undefined,
): Cart {
  return value === undefined ? without(cart, key) : { ...cart, [key]: value };
}

/** In a store, a cart's country must be one of the store's. */
export function checkCountry(env: CartEnv, country: string | undefined) {
  if (country === undefined || env.storeKey === undefined) return;
  const store = env.ctx.options.stores.find((s) => s.key === env.storeKey);
  if (store && !store.countries.includes(country)) {
    throw errors.countryNotInStore(country, store.key, store.countries);
  }
}

export const setCountry: CartActionHandler<'setCountry'> = {
  parse: (raw, path) => ({
    action: 'setCountry',
    country: optCountry(raw, 'country', path),
  }),
  apply: (cart, action, env) => {
    checkCountry(env, action.country);
    return setOrRemove(cart, 'country', action.country);
  },
};

export const setCustomerEmail: CartActionHandler<'setCustomerEmail'> = {
  parse: (raw, path) => ({
    action: 'setCustomerEmail',
    email: optString(raw, 'email', path),
  }),
  apply: (cart, action) => setOrRemove(cart, 'customerEmail', action.email),
};

export const setLocale: CartActionHandler<'setLocale'> = {
  parse: (raw, path) => ({
    action: 'setLocale',
    locale: optString(raw, 'locale', path),
  }),
  apply: (cart, action, env) =>
    setOrRemove(
      cart,
      'locale',
      checkOptLocale(action.locale, env.ctx.options.languages),
    ),
};

function optAddress(raw: JsonObject, path: string): Address | undefined {
  const address = optObject(raw, 'address', path);
  if (address) rejectUnbuilt(address, ['custom'], at(path, 'address'));
  return address && (readAddress(address, at(path, 'address')) as Address);
}

export const setShippingAddress: CartActionHandler<'setShippingAddress'> = {
  parse: (raw, path) => ({
    action: 'setShippingAddress',
    address: optAddress(raw, path),
  }),
  apply: (cart, action) =>
    setOrRemove(cart, 'shippingAddress', action.address as Address),
};

export const setBillingAddress: CartActionHandler<'setBillingAddress'> = {
  parse: (raw, path) => ({
    action: 'setBillingAddress',
    address: optAddress(raw, path),
  }),
  apply: (cart, action) =>
    setOrRemove(cart, 'billingAddress', action.address as Address),
};

/**
 * The catalogue never changes while the emulator runs, so prices and
 * product data are already current: recalculation changes nothing.
 */
export const recalculate: CartActionHandler<'recalculate'> = {
  parse: (raw, path) => ({
    action: 'recalculate',
    updateProductData: optBoolean(raw, 'updateProductData', path),
  }),
  apply: (cart) => cart,
};
