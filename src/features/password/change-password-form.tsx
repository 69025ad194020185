import type { Customer } from '@commercetools/platform-sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { changePassword, renewSession } from '../../api/change-password';
import { meQueryOptions } from '../../api/me';
import { retryOnConflict } from '../../api/retry-on-conflict';
import { storeCustomer } from '../../api/update-me';
import { ErrorSummary } from '../../ui/error-summary';
import { PASSWORD_MIN_LENGTH } from '../../ui/field-schemas';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { useFormSubmit } from '../../ui/use-form-submit';
import { StatusMessage } from '../../ui/status-message';
import { SubmitButton } from '../../ui/submit-button';
import {
  changePasswordFields,
  changePasswordSchema,
  type ChangePasswordValues,
} from './change-password-schema';
import { PasswordInput } from './password-input';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

/**
 * Changes the password, then signs in again with the new one so the
 * session lives on even where the platform ends the old tokens. A version
 * conflict is retried once: the password does not depend on the fields
 * another writer may have changed.
 */
export function ChangePasswordForm({ customer }: { customer: Customer }) {
  const t = useT(passwordMessages);
  const queryClient = useQueryClient();
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    shouldFocusError: false,
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors } = form.formState;
  const [changed, setChanged] = useState(false);
  const { submit, formErrors } = useFormSubmit(
    form,
    changePasswordFields,
    async (values) => {
      setChanged(false);
      const changed = await retryOnConflict(
        (version) =>
          changePassword(version, values.currentPassword, values.newPassword),
        customer.version,
        () => queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 }),
      );
      await storeCustomer(queryClient, changed);
      // If this fails the old tokens go on working until they lapse; the
      // password itself has changed either way.
      await renewSession(changed.email, values.newPassword).catch(() => {});
      form.reset({ currentPassword: '', newPassword: '' });
      setChanged(true);
    },
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        items={summaryItems(errors, changePasswordFields, formErrors)}
        focusKey={form.formState.submitCount}
      />
      {/* Lets password managers file the new password under this account. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={customer.email}
        readOnly
        hidden
      />
      <PasswordInput
        {...form.register('currentPassword')}
        label={t('password.current')}
        autoComplete="current-password"
        error={errorOf(errors, 'currentPassword')}
      />
      <PasswordInput
        {...form.register('newPassword')}
        label={t('password.new')}
        autoComplete="new-password"
        hint={t('password.minHint', { min: PASSWORD_MIN_LENGTH })}
        strengthOf={form.watch('newPassword')}
        error={errorOf(errors, 'newPassword')}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t('password.changing')}
      >
        {t('password.change')}
      </SubmitButton>
      <StatusMessage>{changed ? t('password.changed') : ''}</StatusMessage>
    </form>
  );
}
