import type { SignInValues } from './sign-in-schema';

export type CartMode = SignInValues['activeCartSignInMode'];

const MERGE: CartMode = 'MergeWithExistingCustomerCart';

const choices: { value: CartMode; label: string }[] = [
  { value: MERGE, label: 'Merge it into my saved cart' },
  { value: 'UseAsNewActiveCustomerCart', label: 'Use this cart instead' },
];

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/**
 * What each choice will do. The saved cart cannot be seen before signing
 * in, so the preview says what happens to the guest items and admits
 * that a saved cart may not exist.
 */
export function cartModePreview(
  mode: CartMode,
  guestItems: number | undefined,
): string {
  if (mode === MERGE) {
    return guestItems
      ? `Your ${guestItems} guest ${guestItems === 1 ? 'item' : 'items'} ` +
          'will be merged into your saved cart, if you have one; for a ' +
          'product in both, the larger quantity counts.'
      : 'Items from both carts end up in your saved cart.';
  }
  return guestItems
    ? `Your guest cart (${items(guestItems)}) will replace your saved ` +
        'cart, if you have one; that one is set aside, not deleted.'
    : 'Your guest cart becomes your cart; the saved one is left as it is.';
}

interface Props {
  selected: CartMode;
  onChange: (mode: CartMode) => void;
  /** Units in the guest cart; undefined while that is not known. */
  guestItems?: number;
}

/**
 * What happens to a guest cart on sign-in, with a preview of the result.
 * With an empty guest cart there is nothing to choose: merging an empty
 * cart changes nothing, so that is sent without asking.
 */
export function CartModeChoice({ selected, onChange, guestItems }: Props) {
  if (guestItems === 0) {
    return <input type="hidden" name="activeCartSignInMode" value={MERGE} />;
  }
  return (
    <fieldset className="field choice-group">
      <legend>
        {guestItems
          ? `Your guest cart has ${items(guestItems)}`
          : 'If you have a guest cart'}
      </legend>
      {choices.map((choice) => (
        <div className="choice" key={choice.value}>
          <input
            type="radio"
            name="activeCartSignInMode"
            id={`cart-mode-${choice.value}`}
            value={choice.value}
            checked={selected === choice.value}
            onChange={() => onChange(choice.value)}
            aria-describedby="cart-mode-result"
          />
          <label htmlFor={`cart-mode-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <p className="field-hint" id="cart-mode-result">
        {cartModePreview(selected, guestItems)}
      </p>
    </fieldset>
  );
}
