import type { SignInValues } from './sign-in-schema';

export type CartMode = SignInValues['activeCartSignInMode'];

const choices: { value: CartMode; label: string; result: string }[] = [
  {
    value: 'MergeWithExistingCustomerCart',
    label: 'Merge it into my saved cart',
    result: 'Items from both carts end up in your saved cart.',
  },
  {
    value: 'UseAsNewActiveCustomerCart',
    label: 'Use this cart instead',
    result:
      'Your guest cart becomes your cart; the saved one is left as it is.',
  },
];

interface Props {
  selected: CartMode;
  onChange: (mode: CartMode) => void;
}

/** What happens to a guest cart on sign-in, with a preview of the result. */
export function CartModeChoice({ selected, onChange }: Props) {
  const preview = choices.find((choice) => choice.value === selected);
  return (
    <fieldset className="field choice-group">
      <legend>If you have a guest cart</legend>
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
        {preview?.result}
      </p>
    </fieldset>
  );
}
