import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';

import { ErrorSummary } from '../../ui/error-summary';
import { applyApiError, errorOf, summaryItems } from '../../ui/form-errors';
import { PasswordField } from '../../ui/password-field';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import { CartModeChoice } from './cart-mode-choice';
import {
  signInFields,
  signInSchema,
  type SignInValues,
} from './sign-in-schema';
import { useSignIn } from './use-sign-in';

/** On success the session turns signed-in and the page moves on. */
export function SignInForm() {
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    // The error summary takes focus and links to each field instead.
    shouldFocusError: false,
    defaultValues: {
      email: '',
      password: '',
      activeCartSignInMode: 'MergeWithExistingCustomerCart',
    },
  });
  const { errors } = form.formState;
  const signIn = useSignIn();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const inFlight = useRef(false);

  const submit = form.handleSubmit(async (values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFormErrors([]);
    try {
      await signIn.mutateAsync(values);
    } catch (error) {
      // Keep the email so a typo in the password costs one field, not two.
      form.resetField('password');
      setFormErrors(applyApiError(error, signInFields, form.setError));
    } finally {
      inFlight.current = false;
    }
  });

  const pending = signIn.isPending || form.formState.isSubmitting;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        items={summaryItems(errors, signInFields, formErrors)}
        focusKey={form.formState.submitCount}
      />
      <TextField
        {...form.register('email')}
        label="Email"
        type="email"
        autoComplete="username"
        error={errorOf(errors, 'email')}
      />
      <PasswordField
        {...form.register('password')}
        label="Password"
        autoComplete="current-password"
        error={errorOf(errors, 'password')}
      />
      <CartModeChoice
        registration={form.register('activeCartSignInMode')}
        selected={form.watch('activeCartSignInMode')}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
