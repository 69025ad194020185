import type {
  Cart,
  CentPrecisionMoney,
  LineItem,
} from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { errors } from '../errors';
import { uuid } from '../ids';
import { PRODUCT_TYPE_ID, findVariant, type FoundVariant } from './catalogue';

/** The platform's "Initial" line-item state; a fixed made-up id here. */
const INITIAL_STATE_ID = '3f1e7c2b-9d4a-4b6e-8c5f-1a2b3c4d5e6f';

export const money = (
  currencyCode: string,
  centAmount: number,
): CentPrecisionMoney => ({
  type: 'centPrecision',
  currencyCode,
  centAmount,
  fractionDigits: 2,
});

export interface CartOwner {
  customerId?: string;
  anonymousId?: string;
}

export function newCart(
  ctx: Context,
  owner: CartOwner,
  currency: string,
  extra: Partial<Cart>,
): Cart {
  const now = ctx.iso();
  return withTotals({
    id: uuid(),
    version: 1,
    ...(owner.customerId ? { customerId: owner.customerId } : {}),
    ...(owner.anonymousId && !owner.customerId
      ? { anonymousId: owner.anonymousId }
      : {}),
    lineItems: [],
    customLineItems: [],
    totalPrice: money(currency, 0),
    taxMode: 'Platform',
    priceRoundingMode: 'HalfEven',
    taxRoundingMode: 'HalfEven',
    taxCalculationMode: 'LineItemLevel',
    inventoryMode: 'None',
    cartState: 'Active',
    shippingMode: 'Single',
    shipping: [],
    itemShippingAddresses: [],
    discountCodes: [],
    directDiscounts: [],
    refusedGifts: [],
    origin: 'Customer',
    createdAt: now,
    lastModifiedAt: now,
    ...extra,
  });
}

/** A variant by sku or product id (+ variant id), or a 400. */
export function resolveVariant(by: {
  sku?: string;
  productId?: string;
  variantId?: number;
}): FoundVariant {
  if (by.sku === undefined && by.productId === undefined) {
    throw errors.invalidInput('Either sku or productId is required.');
  }
  const found = findVariant(by);
  if (!found) {
    throw errors.invalidInput(
      by.sku !== undefined
        ? `No published product variant with the SKU '${by.sku}'.`
        : `No published product '${by.productId}' with variant ` +
            `'${by.variantId ?? 1}'.`,
    );
  }
  return found;
}

export function newLineItem(
  found: FoundVariant,
  currency: string,
  quantity: number,
  addedAt: string,
  key?: string,
): LineItem {
  const { product, variant } = found;
  const price = variant.prices?.find((p) => p.value.currencyCode === currency);
  if (!price) {
    throw errors.matchingPriceNotFound(product.id, variant.id, currency);
  }
  return {
    id: uuid(),
    ...(key ? { key } : {}),
    productId: product.id,
    productKey: product.key,
    name: product.name,
    productType: { typeId: 'product-type', id: PRODUCT_TYPE_ID },
    productSlug: product.slug,
    variant,
    price,
    quantity,
    totalPrice: money(currency, price.value.centAmount * quantity),
    discountedPricePerQuantity: [],
    taxedPricePortions: [],
    state: [{ quantity, state: { typeId: 'state', id: INITIAL_STATE_ID } }],
    perMethodTaxRate: [],
    priceMode: 'Platform',
    lineItemMode: 'Standard',
    addedAt,
  };
}

/** A line item with a new quantity; its total and state follow. */
export function withQuantity(item: LineItem, quantity: number): LineItem {
  return {
    ...item,
    quantity,
    totalPrice: money(
      item.totalPrice.currencyCode,
      item.price.value.centAmount * quantity,
    ),
    state: item.state.map((s) => ({ ...s, quantity })),
  };
}

/**
 * Recomputes totals. Taxes are not computed: prices are treated as
 * gross and no `taxedPrice` is given.
 */
export function withTotals(cart: Cart): Cart {
  const total = cart.lineItems.reduce(
    (sum, item) => sum + item.totalPrice.centAmount,
    0,
  );
  const quantity = cart.lineItems.reduce((sum, i) => sum + i.quantity, 0);
  const next: Cart = {
    ...cart,
    totalPrice: money(cart.totalPrice.currencyCode, total),
  };
  if (quantity > 0) return { ...next, totalLineItemQuantity: quantity };
  const { totalLineItemQuantity: _dropped, ...rest } = next;
  return rest;
}

/** Same variant → one line item, as the platform merges them. */
export function sameVariant(a: LineItem, b: LineItem): boolean {
  return a.productId === b.productId && a.variant.id === b.variant.id;
}
