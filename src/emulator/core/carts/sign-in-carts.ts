import type {
  AnonymousCartSignInMode,
  Cart,
  Customer,
} from '@commercetools/platform-sdk';
import type { Context } from '../context';
import type { TokenGrant } from '../state';

export interface SignInCartOptions {
  mode: AnonymousCartSignInMode;
  updateProductData: boolean;
  storeKey?: string;
}

/** Guest carts are not built yet: sign-up returns no cart. */
export function cartsAfterSignUp(
  _ctx: Context,
  _grant: TokenGrant,
  _customer: Customer,
  _storeKey: string | undefined,
): Cart | undefined {
  return undefined;
}

/** Guest carts are not built yet: sign-in returns no cart. */
export function cartsAfterSignIn(
  _ctx: Context,
  _grant: TokenGrant,
  _customer: Customer,
  _options: SignInCartOptions,
): Cart | undefined {
  return undefined;
}
