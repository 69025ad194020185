import type { Customer } from '@commercetools/platform-sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';

import { signOut } from '../../api/account-auth';
import { isConcurrentModification } from '../../api/api-error';
import { deleteMe } from '../../api/delete-me';
import { meQueryOptions } from '../../api/me';
import { confirmPassword } from '../../api/verify-password';
import { ErrorSummary } from '../../ui/error-summary';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { useFormSubmit } from '../../ui/use-form-submit';
import { PasswordField } from '../../ui/password-field';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import { deleteAccount } from './delete-account';
import {
  CONFIRMATION_WORD,
  deleteAccountFields,
  deleteAccountSchema,
  type DeleteAccountValues,
} from './delete-account-schema';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { deleteMessages } from './messages-en';

export function DeleteAccountForm({ customer }: { customer: Customer }) {
  const t = useT(deleteMessages);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<DeleteAccountValues>({
    resolver: zodResolver(deleteAccountSchema),
    shouldFocusError: false,
    defaultValues: { currentPassword: '', confirmation: '' },
  });
  const { errors } = form.formState;
  const { submit, formErrors } = useFormSubmit(
    form,
    deleteAccountFields,
    async (values) => {
      const deleted = await deleteAccount(
        { confirmPassword, deleteMe },
        customer,
        values.currentPassword,
      );
      // Leave the signed-in pages first, or they would send the now
      // anonymous visitor to the sign-in page.
      await navigate('/account-deleted', {
        replace: true,
        state: { email: deleted.email },
      });
      await signOut();
    },
    async (error) => {
      if (!isConcurrentModification(error)) return undefined;
      // The page shows the fresh account; the typed values stay.
      await queryClient
        .fetchQuery({ ...meQueryOptions(), staleTime: 0 })
        .catch(() => {});
      return [messageRef(deleteMessages, 'delete.changedMeanwhile')];
    },
  );

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="delete-account-title"
    >
      <h2 id="delete-account-title">{t('delete.formTitle')}</h2>
      <p>{t('delete.cannotUndo')}</p>
      <ErrorSummary
        items={summaryItems(errors, deleteAccountFields, formErrors)}
        focusKey={form.formState.submitCount}
      />
      <PasswordField
        {...form.register('currentPassword')}
        label={t('delete.currentPassword')}
        autoComplete="current-password"
        hint={t('delete.passwordHint')}
        error={errorOf(errors, 'currentPassword')}
      />
      <TextField
        {...form.register('confirmation')}
        label={t('delete.typeWord', { word: CONFIRMATION_WORD })}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={errorOf(errors, 'confirmation')}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t('delete.pending')}
      >
        {t('delete.submit')}
      </SubmitButton>
    </form>
  );
}
