import type { Cart, LineItem } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import {
  fail,
  optInt,
  optString,
  reqInt,
  at,
  type JsonObject,
} from '../validation/read';
import type { CartActionHandler } from './cart-action-types';
import {
  newLineItem,
  resolveVariant,
  sameVariant,
  withQuantity,
  withTotals,
} from './cart-model';

/** Fields of line-item drafts the emulator does not model. */
const UNBUILT_LINE_ITEM_FIELDS = [
  'distributionChannel',
  'supplyChannel',
  'shippingDetails',
  'recurrenceInfo',
  'custom',
  'externalPrice',
  'externalTotalPrice',
  'inventoryMode',
];

export function rejectUnbuilt(
  raw: JsonObject,
  fields: string[],
  path: string,
): void {
  for (const field of fields) {
    if (raw[field] !== undefined && raw[field] !== null) {
      throw errors.notBuilt(`'${at(path, field)}'`);
    }
  }
}

function quantityOf(raw: JsonObject, path: string, min: number) {
  const quantity = optInt(raw, 'quantity', path);
  if (quantity !== undefined && quantity < min) {
    fail(at(path, 'quantity'), `Must be at least ${min}.`);
  }
  return quantity;
}

export interface LineItemInput {
  productId?: string;
  variantId?: number;
  sku?: string;
  quantity?: number;
  key?: string;
}

/** Reads a MyLineItemDraft-like object (also used by the cart draft). */
export function readLineItemDraft(
  raw: JsonObject,
  path: string,
): LineItemInput {
  rejectUnbuilt(raw, UNBUILT_LINE_ITEM_FIELDS, path);
  return {
    productId: optString(raw, 'productId', path),
    variantId: optInt(raw, 'variantId', path),
    sku: optString(raw, 'sku', path),
    quantity: quantityOf(raw, path, 1),
    key: optString(raw, 'key', path),
  };
}

export function addItem(
  cart: Cart,
  draft: LineItemInput,
  addedAt: string,
): Cart {
  const currency = cart.totalPrice.currencyCode;
  const quantity = draft.quantity ?? 1;
  const item = newLineItem(
    resolveVariant(draft),
    currency,
    quantity,
    addedAt,
    draft.key,
  );
  const existing = cart.lineItems.find(
    (li) => sameVariant(li, item) && li.key === item.key,
  );
  if (
    draft.key &&
    !existing &&
    cart.lineItems.some((li) => li.key === draft.key)
  ) {
    throw errors.duplicateField('lineItems.key', draft.key);
  }
  const lineItems = existing
    ? cart.lineItems.map((li) =>
        li === existing ? withQuantity(li, li.quantity + quantity) : li,
      )
    : [...cart.lineItems, item];
  return withTotals({ ...cart, lineItems });
}

function findItem(
  cart: Cart,
  ref: { lineItemId?: string; lineItemKey?: string },
) {
  if (ref.lineItemId === undefined && ref.lineItemKey === undefined) {
    throw errors.invalidInput('Either lineItemId or lineItemKey is required.');
  }
  const item = cart.lineItems.find((li) =>
    ref.lineItemId !== undefined
      ? li.id === ref.lineItemId
      : li.key === ref.lineItemKey,
  );
  if (!item) {
    throw errors.invalidOperation(
      `The cart does not contain a line item '${ref.lineItemId ?? ref.lineItemKey}'.`,
    );
  }
  return item;
}

function setQuantity(cart: Cart, item: LineItem, quantity: number): Cart {
  const lineItems =
    quantity <= 0
      ? cart.lineItems.filter((li) => li !== item)
      : cart.lineItems.map((li) =>
          li === item ? withQuantity(li, quantity) : li,
        );
  return withTotals({ ...cart, lineItems });
}

const readRef = (raw: JsonObject, path: string) => ({
  lineItemId: optString(raw, 'lineItemId', path),
  lineItemKey: optString(raw, 'lineItemKey', path),
});

export const addLineItem: CartActionHandler<'addLineItem'> = {
  parse: (raw, path) => ({
    action: 'addLineItem',
    ...readLineItemDraft(raw, path),
  }),
  apply: (cart, action, env) => addItem(cart, action, env.ctx.iso()),
};

/** Quantity 0 removes the line item. */
export const changeLineItemQuantity: CartActionHandler<'changeLineItemQuantity'> =
  {
    parse: (raw, path) => {
      rejectUnbuilt(raw, ['externalPrice', 'externalTotalPrice'], path);
      const quantity = reqInt(raw, 'quantity', path);
      if (quantity < 0) fail(at(path, 'quantity'), 'Must be at least 0.');
      return {
        action: 'changeLineItemQuantity',
        ...readRef(raw, path),
        quantity,
      };
    },
    apply: (cart, action) =>
      setQuantity(cart, findItem(cart, action), action.quantity),
  };

/** Without a quantity the whole line item goes. */
export const removeLineItem: CartActionHandler<'removeLineItem'> = {
  parse: (raw, path) => {
    rejectUnbuilt(
      raw,
      ['externalPrice', 'externalTotalPrice', 'shippingDetailsToRemove'],
      path,
    );
    return {
      action: 'removeLineItem',
      ...readRef(raw, path),
      quantity: quantityOf(raw, path, 1),
    };
  },
  apply: (cart, action) => {
    const item = findItem(cart, action);
    const left =
      action.quantity === undefined ? 0 : item.quantity - action.quantity;
    return setQuantity(cart, item, left);
  },
};
