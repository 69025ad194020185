import type { Customer } from '@commercetools/platform-sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';

import { meQueryOptions } from '../../api/me';
import { storeCustomer, updateMe } from '../../api/update-me';
import { confirmPassword } from '../../api/verify-password';
import { ErrorSummary } from '../../ui/error-summary';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { useFormSubmit } from '../../ui/use-form-submit';
import { PasswordField } from '../../ui/password-field';
import { StatusMessage } from '../../ui/status-message';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import { changeEmail } from './change-email';
import {
  changeEmailFields,
  changeEmailSchema,
  type ChangeEmailValues,
} from './change-email-schema';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { emailMessages } from './messages-en';

/** New email plus the current password; a DuplicateField lands on Email. */
export function ChangeEmailForm({ customer }: { customer: Customer }) {
  const t = useT(emailMessages);
  const queryClient = useQueryClient();
  const schema = useMemo(
    () => changeEmailSchema(customer.email),
    [customer.email],
  );
  const form = useForm<ChangeEmailValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { email: '', currentPassword: '' },
  });
  const { errors } = form.formState;
  const [status, setStatus] = useState('');
  const { submit, formErrors } = useFormSubmit(
    form,
    changeEmailFields,
    async (values) => {
      setStatus('');
      const changed = await changeEmail(
        {
          confirmPassword,
          send: updateMe,
          fetchFresh: () =>
            queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 }),
        },
        customer,
        values,
      );
      await storeCustomer(queryClient, changed);
      form.reset({ email: '', currentPassword: '' });
      setStatus(
        messageRef(emailMessages, 'email.changed', { email: changed.email }),
      );
    },
  );

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="change-email-title"
    >
      <h2 id="change-email-title">{t('email.changeTitle')}</h2>
      <ErrorSummary
        items={summaryItems(errors, changeEmailFields, formErrors)}
        focusKey={form.formState.submitCount}
      />
      <TextField
        {...form.register('email')}
        label={t('email.newEmail')}
        type="email"
        autoComplete="email"
        error={errorOf(errors, 'email')}
      />
      <PasswordField
        {...form.register('currentPassword')}
        label={t('email.currentPassword')}
        autoComplete="current-password"
        hint={t('email.currentPasswordHint')}
        error={errorOf(errors, 'currentPassword')}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t('email.changing')}
      >
        {t('email.change')}
      </SubmitButton>
      <StatusMessage>{status && t.text(status)}</StatusMessage>
    </form>
  );
}
