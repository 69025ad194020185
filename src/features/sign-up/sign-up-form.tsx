import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { ApiError } from '../../api/api-error';
import { ErrorSummary } from '../../ui/error-summary';
import { PASSWORD_MIN_LENGTH } from '../../ui/field-schemas';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { useFormSubmit } from '../../ui/use-form-submit';
import { PasswordField } from '../../ui/password-field';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import { DuplicateEmailHelp } from './duplicate-email-help';
import {
  signUpFields,
  signUpSchema,
  type SignUpValues,
} from './sign-up-schema';
import { useSignUp } from './use-sign-up';
import { useT } from '../../ui/i18n/use-t';
import { signUpMessages } from './messages-en';

/** On success the session turns signed-in and the page moves on. */
export function SignUpForm() {
  const t = useT(signUpMessages);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    // The error summary takes focus and links to each field instead.
    shouldFocusError: false,
    defaultValues: { email: '', password: '', firstName: '', lastName: '' },
  });
  const { errors } = form.formState;
  const signUp = useSignUp();
  const [emailTaken, setEmailTaken] = useState(false);
  const { submit, formErrors } = useFormSubmit(
    form,
    signUpFields,
    async (values) => {
      setEmailTaken(false);
      await signUp.mutateAsync(values);
    },
    (error) => {
      setEmailTaken(isDuplicateEmail(error));
      return undefined;
    },
  );

  const emailError = errorOf(errors, 'email');
  const pending = signUp.isPending || form.formState.isSubmitting;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        items={summaryItems(errors, signUpFields, formErrors)}
        focusKey={form.formState.submitCount}
      />
      <TextField
        {...form.register('email')}
        label={t('signUp.email')}
        type="email"
        autoComplete="email"
        error={
          emailError ? (
            <>
              {t.text(emailError)}
              {emailTaken ? <DuplicateEmailHelp /> : null}
            </>
          ) : undefined
        }
      />
      <PasswordField
        {...form.register('password')}
        label={t('signUp.password')}
        autoComplete="new-password"
        hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        error={errorOf(errors, 'password')}
      />
      <TextField
        {...form.register('firstName')}
        label={t('signUp.firstName')}
        autoComplete="given-name"
        error={errorOf(errors, 'firstName')}
      />
      <TextField
        {...form.register('lastName')}
        label={t('signUp.lastName')}
        autoComplete="family-name"
        error={errorOf(errors, 'lastName')}
      />
      <SubmitButton pending={pending} pendingLabel={t('signUp.pending')}>
        {t('signUp.submit')}
      </SubmitButton>
    </form>
  );
}

function isDuplicateEmail(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.errors.some(
      (item) => item.code === 'DuplicateField' && item.field === 'email',
    )
  );
}
