import type { SignInValues } from './sign-in-schema';
import type { GuestItems } from './use-guest-items';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { type SignInMessages, signInMessages } from './messages-en';

export type CartMode = SignInValues['activeCartSignInMode'];

const MERGE: CartMode = 'MergeWithExistingCustomerCart';

const choices = [
  { value: MERGE, label: 'cartMode.merge' },
  { value: 'UseAsNewActiveCustomerCart', label: 'cartMode.replace' },
] as const satisfies { value: CartMode; label: keyof SignInMessages }[];

/**
 * What each choice will do, as a message reference. The saved cart cannot
 * be seen before signing in, so the preview says what happens to the
 * guest items and admits that a saved cart may not exist.
 */
export function cartModePreview(
  mode: CartMode,
  guestItems: number | undefined,
): string {
  const m = signInMessages;
  if (mode === MERGE) {
    return guestItems
      ? messageRef(m, 'cartMode.mergeItems', { count: guestItems })
      : messageRef(m, 'cartMode.mergeUnknown');
  }
  return guestItems
    ? messageRef(m, 'cartMode.replaceItems', { count: guestItems })
    : messageRef(m, 'cartMode.replaceUnknown');
}

interface Props {
  selected: CartMode;
  onChange: (mode: CartMode) => void;
  guestItems: GuestItems;
}

/**
 * What happens to a guest cart on sign-in, with a preview of the result.
 * With an empty guest cart there is nothing to choose: merging an empty
 * cart changes nothing, so that is sent without asking. Nor is anything
 * shown while the cart is being checked: a choice that appeared and went
 * again would shift the form under the shopper's finger, and most guests
 * have no cart. A sign-in sent meanwhile merges, which loses nothing.
 */
export function CartModeChoice({ selected, onChange, guestItems }: Props) {
  const t = useT(signInMessages);
  if (guestItems === 0 || guestItems === 'checking') {
    return <input type="hidden" name="activeCartSignInMode" value={MERGE} />;
  }
  const items = guestItems === 'unknown' ? undefined : guestItems;
  return (
    <fieldset className="field choice-group">
      <legend>
        {items
          ? t('cartMode.legendItems', { count: items })
          : t('cartMode.legendUnknown')}
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
          <label htmlFor={`cart-mode-${choice.value}`}>{t(choice.label)}</label>
        </div>
      ))}
      <p className="field-hint" id="cart-mode-result">
        {t.text(cartModePreview(selected, items))}
      </p>
    </fieldset>
  );
}
