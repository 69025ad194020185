import type { Customer } from '@commercetools/platform-sdk';
import type { EmulatorOptions } from '../options';
import type { CustomerRecord } from '../state';
import { reqCountry } from '../validation/countries';
import {
  asObject,
  at,
  fail,
  optDate,
  optObject,
  optString,
  reqArray,
  reqInt,
  reqObject,
  reqString,
  type JsonObject,
} from '../validation/read';
import { reqId, reqStrings, reqTimestamp, unique } from './read-values';

const TEXT = [
  'password',
  'firstName',
  'lastName',
  'middleName',
  'title',
  'salutation',
  'companyName',
  'vatId',
  'locale',
] as const;

/** `salt$hash`, both base64, as the emulator's password hashing writes. */
const BASE64 = '(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?';
const PASSWORD_HASH = new RegExp(`^${BASE64}\\$${BASE64}$`);

function readCustom(obj: JsonObject, path: string): void {
  const custom = optObject(obj, 'custom', path);
  if (!custom) return;
  const customPath = at(path, 'custom');
  reqString(reqObject(custom, 'type', customPath), 'id', customPath);
  reqObject(custom, 'fields', customPath);
}

function readAddresses(customer: JsonObject, path: string): string[] {
  const listPath = at(path, 'addresses');
  const addresses = reqArray(customer, 'addresses', path).map((raw, i) => {
    const address = asObject(raw, at(listPath, `[${i}]`));
    const itemPath = at(listPath, `[${i}]`);
    reqCountry(address, 'country', itemPath);
    optString(address, 'key', itemPath);
    readCustom(address, itemPath);
    return { id: reqId(address, 'id', itemPath), key: address.key };
  });
  const ids = addresses.map((a) => a.id);
  unique(ids, listPath, 'address id');
  unique(
    addresses.flatMap((a) => (typeof a.key === 'string' ? [a.key] : [])),
    listPath,
    'address key',
  );
  return ids;
}

/** Address lists and defaults may only name the customer's addresses. */
function readAddressRoles(customer: JsonObject, path: string, ids: string[]) {
  const known = (id: string, where: string) => {
    if (!ids.includes(id)) fail(where, `Unknown address id '${id}'.`);
  };
  for (const key of ['shippingAddressIds', 'billingAddressIds']) {
    const list = reqStrings(customer, key, path);
    list.forEach((id) => known(id, at(path, key)));
    unique(list, at(path, key), 'address id');
  }
  for (const key of ['defaultShippingAddressId', 'defaultBillingAddressId']) {
    const id = optString(customer, key, path);
    if (id !== undefined) known(id, at(path, key));
  }
}

function readStores(customer: JsonObject, path: string, stores: string[]) {
  reqArray(customer, 'stores', path).forEach((raw, i) => {
    const refPath = at(at(path, 'stores'), `[${i}]`);
    const ref = asObject(raw, refPath);
    if (ref.typeId !== 'store')
      fail(at(refPath, 'typeId'), "'store' expected.");
    const key = reqString(ref, 'key', refPath);
    if (!stores.includes(key)) fail(at(refPath, 'key'), `Unknown store.`);
  });
}

function readCustomer(
  customer: JsonObject,
  path: string,
  options: EmulatorOptions,
): Customer {
  reqId(customer, 'id', path);
  if (reqInt(customer, 'version', path) < 1) {
    fail(at(path, 'version'), 'Must be at least 1.');
  }
  reqTimestamp(customer, 'createdAt', path);
  reqTimestamp(customer, 'lastModifiedAt', path);
  if (reqString(customer, 'email', path).trim() === '') {
    fail(at(path, 'email'), 'Must not be blank.');
  }
  for (const key of TEXT) optString(customer, key, path);
  optDate(customer, 'dateOfBirth', path);
  readAddressRoles(customer, path, readAddresses(customer, path));
  if (typeof customer.isEmailVerified !== 'boolean') {
    fail(at(path, 'isEmailVerified'), 'JSON Boolean expected.');
  }
  reqArray(customer, 'customerGroupAssignments', path);
  readStores(
    customer,
    path,
    options.stores.map((s) => s.key),
  );
  const mode = customer.authenticationMode;
  if (mode !== 'Password' && mode !== 'ExternalAuth') {
    fail(at(path, 'authenticationMode'), `Unknown value '${String(mode)}'.`);
  }
  readCustom(customer, path);
  return customer as unknown as Customer;
}

export function readCustomerRecord(
  raw: unknown,
  path: string,
  options: EmulatorOptions,
): CustomerRecord {
  const record = asObject(raw, path);
  const passwordHash = reqString(record, 'passwordHash', path);
  if (!PASSWORD_HASH.test(passwordHash)) {
    fail(at(path, 'passwordHash'), 'A salted hash expected.');
  }
  const customerPath = at(path, 'customer');
  const customer = readCustomer(
    reqObject(record, 'customer', path),
    customerPath,
    options,
  );
  return { customer, passwordHash };
}
