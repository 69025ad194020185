import { type FormEvent, useRef, useState } from 'react';

import { describeApiError } from '../../api/error-messages';
import { ErrorSummary } from '../../ui/error-summary';
import { PasswordField } from '../../ui/password-field';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import {
  type FieldMessages,
  toSummaryItems,
  validate,
} from '../../ui/validate';
import { type CartMode, CartModeChoice } from './cart-mode-choice';
import { signInFields, signInSchema } from './sign-in-schema';
import { useGuestItems } from './use-guest-items';
import { useSignIn } from './use-sign-in';
import { useT } from '../../ui/i18n/use-t';
import { signInMessages } from './messages-en';

/**
 * Plain React state rather than react-hook-form: this form is on the first
 * page most shoppers load, and two fields do not need the library.
 * On success the session turns signed-in and the page moves on.
 */
export function SignInForm() {
  const t = useT(signInMessages);
  const signIn = useSignIn();
  const guestItems = useGuestItems();
  const [cartMode, setCartMode] = useState<CartMode>(
    'MergeWithExistingCustomerCart',
  );
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const password = useRef<HTMLInputElement>(null);
  // The button disables on the next render; this stops a double click
  // that lands before it.
  const inFlight = useRef(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempts((count) => count + 1);
    setFormErrors([]);
    const input = Object.fromEntries(new FormData(event.currentTarget));
    const checked = validate(signInSchema, input);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    setFieldErrors({});
    inFlight.current = true;
    try {
      await signIn.mutateAsync(checked.values);
    } catch (error) {
      // Keep the email so a typo in the password costs one field, not two.
      if (password.current) password.current.value = '';
      const described = describeApiError(error, signInFields);
      setFieldErrors(described.fieldErrors);
      setFormErrors(described.formErrors);
    } finally {
      inFlight.current = false;
    }
  }

  function clearErrorOf(field: string) {
    if (!fieldErrors[field]) return;
    setFieldErrors(({ [field]: _gone, ...rest }) => rest);
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <ErrorSummary
        items={toSummaryItems(fieldErrors, signInFields, formErrors)}
        focusKey={attempts}
      />
      <TextField
        name="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        error={fieldErrors.email}
        onChange={() => clearErrorOf('email')}
      />
      <PasswordField
        ref={password}
        name="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        error={fieldErrors.password}
        onChange={() => clearErrorOf('password')}
      />
      <CartModeChoice
        selected={cartMode}
        onChange={setCartMode}
        guestItems={guestItems}
      />
      <SubmitButton
        pending={signIn.isPending}
        pendingLabel={t('signIn.pending')}
      >
        {t('signIn.submit')}
      </SubmitButton>
    </form>
  );
}
