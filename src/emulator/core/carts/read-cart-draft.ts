import type { Address } from '@commercetools/platform-sdk';
import { readAddress } from '../validation/address';
import { optCountry } from '../validation/countries';
import { checkOptLocale } from '../validation/locales';
import {
  asObject,
  at,
  fail,
  optArray,
  optEnum,
  optInt,
  optObject,
  optString,
  reqString,
} from '../validation/read';
import type { Context } from '../context';
import {
  rejectUnbuilt,
  readLineItemDraft,
  type LineItemInput,
} from './line-item-actions';

export interface CartDraftInput {
  currency: string;
  customerEmail?: string;
  country?: string;
  locale?: string;
  storeKey?: string;
  shippingAddress?: Address;
  billingAddress?: Address;
  deleteDaysAfterLastModification?: number;
  lineItems: LineItemInput[];
}

const UNBUILT = [
  'businessUnit',
  'shippingMethod',
  'itemShippingAddresses',
  'discountCodes',
  'custom',
];

/** Reads a MyCartDraft; parts the emulator does not model answer 501. */
export function readCartDraft(ctx: Context, raw: unknown): CartDraftInput {
  const body = asObject(raw, '');
  rejectUnbuilt(body, UNBUILT, '');
  optEnum(body, 'taxMode', '', ['Platform']);
  optEnum(body, 'inventoryMode', '', ['None']);
  optEnum(body, 'shippingMode', '', ['Single']);
  const currency = reqString(body, 'currency', '');
  if (!/^[A-Z]{3}$/.test(currency)) {
    fail('currency', `Invalid currency code '${currency}'.`);
  }
  const country = optCountry(body, 'country', '');
  const locale = checkOptLocale(
    optString(body, 'locale', ''),
    ctx.options.languages,
  );
  const store = optObject(body, 'store', '');
  const address = (key: string) => {
    const value = optObject(body, key, '');
    if (value) rejectUnbuilt(value, ['custom'], key);
    return value && (readAddress(value, key) as Address);
  };
  return {
    currency,
    customerEmail: optString(body, 'customerEmail', ''),
    country,
    locale,
    storeKey: store && optString(store, 'key', 'store'),
    shippingAddress: address('shippingAddress'),
    billingAddress: address('billingAddress'),
    deleteDaysAfterLastModification: optInt(
      body,
      'deleteDaysAfterLastModification',
      '',
    ),
    lineItems: (optArray(body, 'lineItems', '') ?? []).map((item, i) =>
      readLineItemDraft(
        asObject(item, at('lineItems', `[${i}]`)),
        at('lineItems', `[${i}]`),
      ),
    ),
  };
}
