import type { Cart, MyCartUpdateAction } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { asObject, at, fail, reqString } from '../validation/read';
import type {
  CartActionHandler,
  CartActionHandlers,
  CartActionName,
  CartEnv,
} from './cart-action-types';
import {
  recalculate,
  setBillingAddress,
  setCountry,
  setCustomerEmail,
  setLocale,
  setShippingAddress,
} from './cart-field-actions';
import {
  addLineItem,
  changeLineItemQuantity,
  removeLineItem,
} from './line-item-actions';

/**
 * Enough of My Carts for a guest cart: line items, country, email,
 * addresses, locale. Discounts, payments, shipping methods, custom
 * fields and item shipping are not built and answer 501.
 */
export const cartActions: CartActionHandlers = {
  addLineItem,
  changeLineItemQuantity,
  removeLineItem,
  setCountry,
  setCustomerEmail,
  setLocale,
  setShippingAddress,
  setBillingAddress,
  recalculate,
  addDiscountCode: null,
  addItemShippingAddress: null,
  addPayment: null,
  applyDeltaToLineItemShippingDetailsTargets: null,
  changeLineItemsOrder: null,
  changeTaxMode: null,
  removeDiscountCode: null,
  removeItemShippingAddress: null,
  removePayment: null,
  setBusinessUnit: null,
  setCustomField: null,
  setCustomType: null,
  setDeleteDaysAfterLastModification: null,
  setLineItemCustomField: null,
  setLineItemCustomType: null,
  setLineItemDistributionChannel: null,
  setLineItemShippingDetails: null,
  setLineItemSupplyChannel: null,
  setShippingMethod: null,
  updateItemShippingAddress: null,
};

type AnyHandler = CartActionHandler<CartActionName>;

export function parseCartActions(raw: unknown[]): MyCartUpdateAction[] {
  return raw.map((item, index) => {
    const path = `actions -> [${index}]`;
    const obj = asObject(item, path);
    const name = reqString(obj, 'action', path);
    if (!Object.hasOwn(cartActions, name)) {
      fail(at(path, 'action'), `Unknown action '${name}'.`);
    }
    const handler = cartActions[name as CartActionName] as AnyHandler | null;
    if (!handler) throw errors.notBuilt(`The cart update action '${name}'`);
    return handler.parse(obj, path);
  });
}

export function applyCartActions(
  env: CartEnv,
  cart: Cart,
  actions: MyCartUpdateAction[],
): { cart: Cart; effective: number } {
  let current = cart;
  let effective = 0;
  for (const action of actions) {
    const handler = cartActions[action.action] as AnyHandler;
    const before = JSON.stringify(current);
    current = handler.apply(current, action, env);
    if (JSON.stringify(current) !== before) effective++;
  }
  return { cart: current, effective };
}
