import type { Customer } from '@commercetools/platform-sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';

import { ErrorSummary, type SummaryItem } from '../../ui/error-summary';
import { errorOf, summaryItems } from '../../ui/form-errors';
import { StatusMessage } from '../../ui/status-message';
import { SubmitButton } from '../../ui/submit-button';
import { TextField } from '../../ui/text-field';
import { useUnsavedChanges } from '../../ui/use-unsaved-changes';
import { showApiError } from './api-error-summary';
import { ConflictChoice, conflictFieldName } from './conflict-choice';
import { profilePlan } from './profile-plan';
import {
  type ProfileField,
  profileFields,
  profileSchema,
  type ProfileValues,
} from './profile-schema';
import { customerToProfileValues } from './profile-values';
import { useConflicts } from './use-conflicts';
import { useVersionedSave } from './use-versioned-save';

const inputs: Record<
  ProfileField,
  { label: string; autoComplete: string; type?: string }
> = {
  email: { label: 'Email', autoComplete: 'email', type: 'email' },
  salutation: { label: 'Salutation', autoComplete: 'off' },
  title: { label: 'Title', autoComplete: 'honorific-prefix' },
  firstName: { label: 'First name', autoComplete: 'given-name' },
  middleName: { label: 'Middle name', autoComplete: 'additional-name' },
  lastName: { label: 'Last name', autoComplete: 'family-name' },
  dateOfBirth: { label: 'Date of birth', autoComplete: 'bday', type: 'date' },
  companyName: { label: 'Company', autoComplete: 'organization' },
  vatId: { label: 'VAT ID', autoComplete: 'off' },
};

const REVIEW_MESSAGE =
  'Your profile was changed in another place meanwhile. ' +
  'Choose which value to keep below, then press Save.';
const AGAIN_MESSAGE =
  'Your profile was changed in another place again. ' +
  'Your changes are still here: press Save to send them.';

/**
 * The form keeps its own `base`: the customer its values started from. It
 * resets only on mount and after a save, so a background refetch never
 * overwrites what the user is typing; changes made elsewhere meanwhile are
 * merged in when saving.
 */
export function ProfileForm({ customer }: { customer: Customer }) {
  const [base, setBase] = useState(customer);
  const form = useForm<ProfileValues>({
    // The error summary takes focus instead and links to each field.
    shouldFocusError: false,
    // Checked against `base`: only what the user changed has to pass.
    resolver: zodResolver(profileSchema(customerToProfileValues(base))),
    defaultValues: customerToProfileValues(customer),
  });
  const { errors } = form.formState;
  useUnsavedChanges({
    formId: 'profile',
    owner: base.id,
    form,
    baseline: customerToProfileValues(base),
  });
  const conflicts = useConflicts(form.setValue);
  const { save, pending } = useVersionedSave();
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [status, setStatus] = useState('');

  const submit = form.handleSubmit(
    async (values) => {
      if (conflicts.unanswered.length > 0) {
        setStatus('');
        setSummary(
          conflicts.unanswered.map((c) => ({
            field: conflictFieldName(c.field),
            message: `Choose which ${labelOf(c.field)} to keep.`,
          })),
        );
        return;
      }
      setSummary([]);
      setStatus('Saving…');
      const outcome = await save(profilePlan, base, values);
      if (!outcome) return;

      if (outcome.kind === 'nothing') {
        // Taking the other writer's value for every clash leaves no change.
        setStatus(
          conflicts.conflicts.length ? 'Up to date.' : 'Nothing to save.',
        );
        conflicts.show([]);
      } else if (outcome.kind === 'saved') {
        setBase(outcome.customer);
        form.reset(customerToProfileValues(outcome.customer));
        conflicts.show([]);
        setStatus('Saved.');
      } else if (outcome.kind === 'review') {
        setBase(outcome.fresh);
        form.reset(outcome.values);
        conflicts.show(outcome.conflicts);
        setStatus(outcome.conflicts.length ? REVIEW_MESSAGE : AGAIN_MESSAGE);
      } else {
        setStatus('');
        const error = outcome.kind === 'failed' ? outcome.error : undefined;
        setSummary(showApiError(error, profileFields, form.setError));
      }
    },
    (invalid) => {
      setStatus('');
      setSummary(summaryItems(invalid, profileFields));
    },
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary items={summary} focusKey={form.formState.submitCount} />
      {profileFields.map((field) => {
        const conflict = conflicts.find(field);
        return (
          <div key={field}>
            <TextField
              {...form.register(field)}
              {...inputs[field]}
              readOnly={field === 'email'}
              hint={
                field === 'email' ? <EmailHint customer={base} /> : undefined
              }
              error={errorOf(errors, field)}
            />
            {conflict ? (
              <ConflictChoice
                conflict={conflict}
                label={inputs[field].label}
                choice={conflicts.choices[field]}
                onChoose={(choice) => conflicts.choose(conflict, choice)}
              />
            ) : null}
          </div>
        );
      })}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save
      </SubmitButton>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

/**
 * The email is changed on its own page, after a fresh password check and
 * with a new verification; this form shows it only.
 */
function EmailHint({ customer }: { customer: Customer }) {
  return (
    <>
      {customer.isEmailVerified ? null : 'Not verified yet. '}
      <Link to="/account/email">Change email</Link>
    </>
  );
}

function labelOf(field: string): string {
  const input = inputs[field as ProfileField];
  return input ? input.label.toLowerCase() : field;
}
