import type { Cart, MyCartUpdateAction } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import type { JsonObject } from '../validation/read';

export type CartActionName = MyCartUpdateAction['action'];

export type CartActionOf<N extends CartActionName> = Extract<
  MyCartUpdateAction,
  { action: N }
>;

export interface CartEnv {
  ctx: Context;
  storeKey?: string;
}

export interface CartActionHandler<N extends CartActionName> {
  parse(raw: JsonObject, path: string): CartActionOf<N>;
  apply(cart: Cart, action: CartActionOf<N>, env: CartEnv): Cart;
}

/**
 * Every My Cart action by the SDK's name: a handler, or `null` for the
 * ones the emulator does not have (they answer 501).
 */
export type CartActionHandlers = {
  [N in CartActionName]: CartActionHandler<N> | null;
};
