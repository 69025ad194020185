import { type FormEvent, useRef, useState } from 'react';

import { accountService } from '../../api/account-service-client';
import { describeApiError } from '../../api/error-messages';
import { ErrorSummary } from '../../ui/error-summary';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import {
  type FieldMessages,
  toSummaryItems,
  validate,
} from '../../ui/validate';
import {
  forgotPasswordFields,
  forgotPasswordSchema,
} from './forgot-password-schema';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

interface Props {
  initialEmail?: string;
  onSent: (email: string) => void;
}

/** One field, so plain state; the answer is the same for every email. */
export function ForgotPasswordForm({ initialEmail, onSent }: Props) {
  const t = useT(passwordMessages);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    setAttempts((count) => count + 1);
    setFormErrors([]);
    const checked = validate(
      forgotPasswordSchema,
      Object.fromEntries(new FormData(event.currentTarget)),
    );
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    setFieldErrors({});
    inFlight.current = true;
    setPending(true);
    try {
      await accountService.requestPasswordReset(checked.values.email);
      onSent(checked.values.email);
    } catch (error) {
      setFormErrors(describeApiError(error).formErrors);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <ErrorSummary
        items={toSummaryItems(fieldErrors, forgotPasswordFields, formErrors)}
        focusKey={attempts}
      />
      <TextField
        name="email"
        label={t('password.email')}
        type="email"
        autoComplete="username"
        defaultValue={initialEmail}
        error={fieldErrors.email}
      />
      <SubmitButton pending={pending} pendingLabel={t('password.sending')}>
        {t('password.sendLink')}
      </SubmitButton>
    </form>
  );
}
