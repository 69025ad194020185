import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';

import { type LinkProblem, linkProblem } from '../../api/link-problem';
import { meQueryKey } from '../../api/me';
import { ErrorSummary } from '../../ui/error-summary';
import { PASSWORD_MIN_LENGTH } from '../../ui/field-schemas';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { useFormSubmit } from '../../ui/use-form-submit';
import { SubmitButton } from '../../ui/submit-button';
import { PasswordInput } from './password-input';
import { type ResetOutcome, resetAndSignIn } from './reset-and-sign-in';
import {
  resetPasswordFields,
  resetPasswordSchema,
  type ResetPasswordValues,
} from './reset-password-schema';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

interface Props {
  token: string;
  onDone: (outcome: ResetOutcome) => void;
  /** The link expired or was used while the form was open. */
  onLinkProblem: (problem: LinkProblem) => void;
}

export function ResetPasswordForm({ token, onDone, onLinkProblem }: Props) {
  const t = useT(passwordMessages);
  const queryClient = useQueryClient();
  const form = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    shouldFocusError: false,
    defaultValues: { newPassword: '' },
  });
  const { errors } = form.formState;
  const { submit, formErrors } = useFormSubmit(
    form,
    resetPasswordFields,
    async ({ newPassword }) => {
      const outcome = await resetAndSignIn(token, newPassword);
      if (outcome.kind === 'signed-in') {
        queryClient.setQueryData(meQueryKey, outcome.customer);
      }
      onDone(outcome);
    },
    (error) => {
      const problem = linkProblem(error);
      if (problem !== 'expired' && problem !== 'invalid') return undefined;
      onLinkProblem(problem);
      return [];
    },
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        items={summaryItems(errors, resetPasswordFields, formErrors)}
        focusKey={form.formState.submitCount}
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
        pendingLabel={t('password.saving')}
      >
        {t('password.saveNew')}
      </SubmitButton>
    </form>
  );
}
