import type { AddressDraft, CustomFields } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { readAddressDraft } from '../customer-actions/address-lookup';
import { readCustomFields } from '../custom-types';
import { errors } from '../errors';
import {
  asObject,
  asObjectOf,
  at,
  fail,
  optArray,
  optDate,
  optInt,
  optObject,
  optString,
  type JsonObject,
} from '../validation/read';
import { checkOptLocale } from '../validation/locales';
import { checkAddressKeys, reqEmail, reqPassword } from '../validation/values';

const TEXT = [
  'firstName',
  'lastName',
  'middleName',
  'title',
  'salutation',
  'companyName',
  'vatId',
] as const;

const DRAFT_FIELDS = [
  ...TEXT,
  'email',
  'password',
  'dateOfBirth',
  'addresses',
  'defaultShippingAddress',
  'defaultBillingAddress',
  'custom',
  'locale',
  'stores',
];

/** A checked sign-up draft: stores resolved to keys, custom resolved. */
export interface SignUpDraft {
  email: string;
  password: string;
  text: Partial<Record<(typeof TEXT)[number], string>>;
  dateOfBirth?: string;
  locale?: string;
  addresses: AddressDraft[];
  defaultShippingAddress?: number;
  defaultBillingAddress?: number;
  custom?: CustomFields;
  storeKeys?: string[];
}

function readIndex(
  body: JsonObject,
  key: 'defaultShippingAddress' | 'defaultBillingAddress',
  count: number,
): number | undefined {
  const index = optInt(body, key, '');
  if (index !== undefined && (index < 0 || index >= count)) {
    throw errors.invalidInput(
      `The value '${index}' of '${key}' is not a valid index of addresses.`,
    );
  }
  return index;
}

function readStores(ctx: Context, body: JsonObject): string[] | undefined {
  const raw = optArray(body, 'stores', '');
  if (!raw) return undefined;
  return raw.map((item, i) => {
    const path = at('stores', `[${i}]`);
    const ref = asObjectOf(item, path, ['typeId', 'id', 'key']);
    const key = optString(ref, 'key', path) ?? optString(ref, 'id', path);
    if (key === undefined) fail(path, 'Either id or key is required.');
    if (!ctx.options.stores.some((s) => s.key === key)) {
      throw errors.referencedResourceNotFound('store', key);
    }
    return key;
  });
}

/** Reads a MyCustomerDraft; only the fields /me/signup accepts. */
export function readSignUpDraft(ctx: Context, raw: unknown): SignUpDraft {
  const body = asObjectOf(raw, '', DRAFT_FIELDS);
  const text: SignUpDraft['text'] = {};
  for (const field of TEXT) {
    const value = optString(body, field, '');
    if (value !== undefined) text[field] = value;
  }
  const locale = checkOptLocale(
    optString(body, 'locale', ''),
    ctx.options.languages,
  );
  const addresses = (optArray(body, 'addresses', '') ?? []).map((item, i) =>
    readAddressDraft(
      asObject(item, `addresses -> [${i}]`),
      `addresses -> [${i}]`,
    ),
  );
  checkAddressKeys(addresses);
  const custom = optObject(body, 'custom', '');
  return {
    email: reqEmail(body, 'email', ''),
    password: reqPassword(body, 'password', ''),
    text,
    dateOfBirth: optDate(body, 'dateOfBirth', ''),
    locale,
    addresses,
    defaultShippingAddress: readIndex(
      body,
      'defaultShippingAddress',
      addresses.length,
    ),
    defaultBillingAddress: readIndex(
      body,
      'defaultBillingAddress',
      addresses.length,
    ),
    custom: custom ? readCustomFields(custom, 'custom', 'customer') : undefined,
    storeKeys: readStores(ctx, body),
  };
}
