import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { at, asObject, fail, onlyKnown, reqString } from '../validation/read';
import { addAddress, changeAddress, removeAddress } from './addresses';
import {
  addBillingAddressId,
  addShippingAddressId,
  removeBillingAddressId,
  removeShippingAddressId,
  setDefaultBillingAddress,
  setDefaultShippingAddress,
} from './address-roles';
import { setCustomField, setCustomType } from './custom';
import {
  changeEmail,
  setCompanyName,
  setDateOfBirth,
  setFirstName,
  setLastName,
  setLocale,
  setMiddleName,
  setSalutation,
  setTitle,
  setVatId,
} from './personal';
import type {
  ActionHandler,
  ActionName,
  CustomerActionHandlers,
} from './types';

export const customerActions: CustomerActionHandlers = {
  addAddress,
  addBillingAddressId,
  addShippingAddressId,
  changeAddress,
  changeEmail,
  removeAddress,
  removeBillingAddressId,
  removeShippingAddressId,
  setCompanyName,
  setCustomField,
  setCustomType,
  setDateOfBirth,
  setDefaultBillingAddress,
  setDefaultShippingAddress,
  setFirstName,
  setLastName,
  setLocale,
  setMiddleName,
  setSalutation,
  setTitle,
  setVatId,
};

function handlerFor(name: string): ActionHandler<ActionName> | undefined {
  if (!Object.hasOwn(customerActions, name)) return undefined;
  return customerActions[name as ActionName] as ActionHandler<ActionName>;
}

/**
 * Reads every action before anything runs. Names outside the My union
 * (admin actions like setKey included) are InvalidJsonInput, as the API's
 * JSON reader rejects them.
 */
export function parseActions(raw: unknown[]): MyCustomerUpdateAction[] {
  return raw.map((item, index) => {
    const path = `actions -> [${index}]`;
    const obj = asObject(item, path);
    const name = reqString(obj, 'action', path);
    const handler = handlerFor(name);
    if (!handler) fail(at(path, 'action'), `Unknown action '${name}'.`);
    const action = handler.parse(obj, path);
    // Each parser names every field of its action, so its result says
    // which fields are known.
    onlyKnown(obj, Object.keys(action), path);
    return action;
  });
}

export interface ApplyResult {
  customer: Customer;
  /** How many actions changed something. */
  effective: number;
}

/** Applies in order; the caller persists only if none threw. */
export function applyActions(
  ctx: Context,
  customer: Customer,
  actions: MyCustomerUpdateAction[],
): ApplyResult {
  let current = customer;
  let effective = 0;
  for (const action of actions) {
    const handler = handlerFor(action.action) as ActionHandler<ActionName>;
    const before = JSON.stringify(current);
    current = handler.apply(current, action, ctx);
    if (JSON.stringify(current) !== before) effective++;
  }
  return { customer: current, effective };
}
