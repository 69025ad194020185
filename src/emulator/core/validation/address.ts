import type { BaseAddress } from '@commercetools/platform-sdk';
import { reqCountry } from './countries';
import { onlyKnown, optString, type JsonObject } from './read';

const TEXT_FIELDS = [
  'key',
  'title',
  'salutation',
  'firstName',
  'lastName',
  'streetName',
  'streetNumber',
  'additionalStreetInfo',
  'postalCode',
  'city',
  'region',
  'state',
  'company',
  'department',
  'building',
  'apartment',
  'pOBox',
  'phone',
  'mobile',
  'email',
  'fax',
  'additionalAddressInfo',
  'externalId',
] as const;

const ADDRESS_FIELDS = [...TEXT_FIELDS, 'country', 'id', 'custom'];

/**
 * Reads a BaseAddress: `country` required (ISO 3166-1 alpha-2), the rest
 * optional strings. A client-sent `id` is dropped (ids are server-made),
 * an unknown field is refused. `custom` is read by the caller.
 */
export function readAddress(raw: JsonObject, path: string): BaseAddress {
  onlyKnown(raw, ADDRESS_FIELDS, path);
  const country = reqCountry(raw, 'country', path);
  const address: Record<string, string> = { country };
  for (const field of TEXT_FIELDS) {
    const value = optString(raw, field, path);
    if (value !== undefined) address[field] = value;
  }
  return address as unknown as BaseAddress;
}
