import type {
  Customer,
  MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import type { Context } from '../context';
import type { JsonObject } from '../validation/read';

export type ActionName = MyCustomerUpdateAction['action'];

export type ActionOf<N extends ActionName> = Extract<
  MyCustomerUpdateAction,
  { action: N }
>;

/**
 * One update action: `parse` turns untrusted JSON into the SDK's typed
 * action (or throws InvalidJsonInput); `apply` returns the changed
 * customer (or throws the API's error) and never mutates its input.
 */
export interface ActionHandler<N extends ActionName> {
  parse(raw: JsonObject, path: string): ActionOf<N>;
  apply(customer: Customer, action: ActionOf<N>, ctx: Context): Customer;
}

/** Keyed by the SDK's own action names, so none is missing or invented. */
export type CustomerActionHandlers = {
  [N in ActionName]: ActionHandler<N>;
};

/** A copy of the customer with one field set, or removed when undefined. */
export function withField<K extends keyof Customer>(
  customer: Customer,
  key: K,
  value: Customer[K] | undefined,
): Customer {
  const next: Record<string, unknown> = { ...customer };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as unknown as Customer;
}
