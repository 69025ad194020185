import type { CustomFields } from '@commercetools/platform-sdk';
import { errors } from './errors';
import {
  at,
  fail,
  onlyKnown,
  optObject,
  optString,
  reqObject,
  type JsonObject,
} from './validation/read';

type FieldType = 'String' | 'Boolean' | 'Number';

export interface CustomTypeDef {
  id: string;
  key: string;
  resourceTypeId: 'customer' | 'address';
  fields: Record<string, FieldType>;
}

/**
 * A small, made-up set of Types: the emulator has no Types endpoint, so
 * custom fields can use only these.
 */
export const CUSTOM_TYPES: CustomTypeDef[] = [
  {
    id: '7d2b1c7e-2a43-4b8e-9a51-0c1f3e6a9b01',
    key: 'customer-preferences',
    resourceTypeId: 'customer',
    fields: { newsletter: 'Boolean', nickname: 'String', shoeSize: 'Number' },
  },
  {
    id: '5e0f4a2d-8c61-4f3b-b7d9-2e8a6c4f1d02',
    key: 'address-extras',
    resourceTypeId: 'address',
    fields: { deliveryNotes: 'String', doorCode: 'String' },
  },
];

export function findType(id: string): CustomTypeDef | undefined {
  return CUSTOM_TYPES.find((t) => t.id === id);
}

/** Checks one field value against its Type; throws InvalidField. */
export function checkField(
  type: CustomTypeDef,
  name: string,
  value: unknown,
): void {
  const expected = type.fields[name];
  if (!expected) {
    throw errors.invalidOperation(
      `The type '${type.key}' has no field definition '${name}'.`,
    );
  }
  const actual = typeof value;
  const ok =
    (expected === 'String' && actual === 'string') ||
    (expected === 'Boolean' && actual === 'boolean') ||
    (expected === 'Number' && actual === 'number');
  if (!ok) throw errors.invalidField(name, value);
}

/** Reads a ResourceIdentifier to a Type (`id` or `key`). */
export function readTypeRef(
  raw: JsonObject,
  path: string,
  resourceTypeId: CustomTypeDef['resourceTypeId'],
): CustomTypeDef {
  onlyKnown(raw, ['typeId', 'id', 'key'], path);
  const id = optString(raw, 'id', path);
  const key = optString(raw, 'key', path);
  if (id === undefined && key === undefined) {
    fail(path, 'Either id or key is required.');
  }
  const type = CUSTOM_TYPES.find((t) => t.id === id || t.key === key);
  if (!type) throw errors.referencedResourceNotFound('type', key ?? id ?? '');
  if (type.resourceTypeId !== resourceTypeId) {
    throw errors.invalidOperation(
      `The type '${type.key}' is not for resource type '${resourceTypeId}'.`,
    );
  }
  return type;
}

/** Reads fields for a Type, dropping nulls. */
export function readFields(
  raw: JsonObject | undefined,
  type: CustomTypeDef,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === null || value === undefined) continue;
    checkField(type, name, value);
    fields[name] = value;
  }
  return fields;
}

/** Reads a CustomFieldsDraft `{type, fields?}` into stored CustomFields. */
export function readCustomFields(
  raw: JsonObject,
  path: string,
  resourceTypeId: CustomTypeDef['resourceTypeId'],
): CustomFields {
  onlyKnown(raw, ['type', 'fields'], path);
  const type = readTypeRef(
    reqObject(raw, 'type', path),
    at(path, 'type'),
    resourceTypeId,
  );
  const fields = readFields(optObject(raw, 'fields', path), type);
  return { type: { typeId: 'type', id: type.id }, fields };
}
