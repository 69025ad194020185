import type { CustomFields } from '@commercetools/platform-sdk';
import { checkField, findType, readFields, readTypeRef } from '../custom-types';
import { errors } from '../errors';
import { at, fail, optObject, reqString } from '../validation/read';
import { withField, type ActionHandler } from './types';

/** No `type` removes the custom fields altogether. */
export const setCustomType: ActionHandler<'setCustomType'> = {
  parse: (raw, path) => {
    const typeRaw = optObject(raw, 'type', path);
    if (!typeRaw) {
      if (optObject(raw, 'fields', path)) {
        fail(at(path, 'fields'), 'Fields need a type.');
      }
      return { action: 'setCustomType' };
    }
    const type = readTypeRef(typeRaw, at(path, 'type'), 'customer');
    const fields = readFields(optObject(raw, 'fields', path), type);
    return {
      action: 'setCustomType',
      type: { typeId: 'type', id: type.id },
      fields,
    };
  },
  apply: (customer, action) => {
    if (!action.type) return withField(customer, 'custom', undefined);
    const custom: CustomFields = {
      type: { typeId: 'type', id: action.type.id ?? '' },
      fields: action.fields ?? {},
    };
    return { ...customer, custom };
  },
};

/** No value removes the field; removing an absent field is an error. */
export const setCustomField: ActionHandler<'setCustomField'> = {
  parse: (raw, path) => ({
    action: 'setCustomField',
    name: reqString(raw, 'name', path),
    value: raw.value ?? undefined,
  }),
  apply: (customer, action) => {
    const custom = customer.custom;
    const type = custom ? findType(custom.type.id) : undefined;
    if (!custom || !type) {
      throw errors.invalidOperation('The resource has no custom type set.');
    }
    const fields: Record<string, unknown> = { ...custom.fields };
    if (action.value === undefined) {
      if (!(action.name in fields)) {
        throw errors.invalidOperation(
          `Cannot remove custom field '${action.name}': it is not set.`,
        );
      }
      delete fields[action.name];
    } else {
      checkField(type, action.name, action.value);
      fields[action.name] = action.value;
    }
    return { ...customer, custom: { ...custom, fields } };
  },
};
