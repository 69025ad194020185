import type { Cart } from '@commercetools/platform-sdk';
import type { EmulatorOptions } from '../options';
import { optCountry, reqCountry } from '../validation/countries';
import {
  asObject,
  at,
  fail,
  optObject,
  optString,
  reqArray,
  reqInt,
  reqObject,
  reqString,
  type JsonObject,
} from '../validation/read';
import { optId, reqId, reqTimestamp } from './read-values';

const CART_STATES = ['Active', 'Merged', 'Ordered', 'Frozen'];

function readMoney(obj: JsonObject, key: string, path: string): void {
  const money = reqObject(obj, key, path);
  reqString(money, 'currencyCode', at(path, key));
  reqInt(money, 'centAmount', at(path, key));
}

function readLineItem(raw: unknown, path: string): void {
  const item = asObject(raw, path);
  reqId(item, 'id', path);
  optString(item, 'key', path);
  reqString(item, 'productId', path);
  reqInt(reqObject(item, 'variant', path), 'id', at(path, 'variant'));
  if (reqInt(item, 'quantity', path) < 1) {
    fail(at(path, 'quantity'), 'Must be at least 1.');
  }
  readMoney(reqObject(item, 'price', path), 'value', at(path, 'price'));
  readMoney(item, 'totalPrice', path);
  reqArray(item, 'state', path).forEach((state, i) =>
    reqInt(asObject(state, at(path, `state -> [${i}]`)), 'quantity', path),
  );
}

/** The parts of a stored cart the cart routes read. */
export function readCart(
  raw: unknown,
  path: string,
  options: EmulatorOptions,
): Cart {
  const cart = asObject(raw, path);
  reqId(cart, 'id', path);
  if (reqInt(cart, 'version', path) < 1) {
    fail(at(path, 'version'), 'Must be at least 1.');
  }
  const state = reqString(cart, 'cartState', path);
  if (!CART_STATES.includes(state)) {
    fail(at(path, 'cartState'), `Unknown value '${state}'.`);
  }
  reqString(cart, 'origin', path);
  optId(cart, 'customerId', path);
  optId(cart, 'anonymousId', path);
  const store = optObject(cart, 'store', path);
  if (store) {
    const key = reqString(store, 'key', at(path, 'store'));
    if (!options.stores.some((s) => s.key === key)) {
      fail(at(path, 'store -> key'), 'Unknown store.');
    }
  }
  readMoney(cart, 'totalPrice', path);
  reqArray(cart, 'lineItems', path).forEach((item, i) =>
    readLineItem(item, at(path, `lineItems -> [${i}]`)),
  );
  reqArray(cart, 'customLineItems', path);
  reqTimestamp(cart, 'createdAt', path);
  reqTimestamp(cart, 'lastModifiedAt', path);
  optCountry(cart, 'country', path);
  for (const key of ['locale', 'customerEmail']) {
    optString(cart, key, path);
  }
  for (const key of ['shippingAddress', 'billingAddress']) {
    const address = optObject(cart, key, path);
    if (address) reqCountry(address, 'country', at(path, key));
  }
  return cart as unknown as Cart;
}
