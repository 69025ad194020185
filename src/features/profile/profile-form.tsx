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
import { ConflictChoice } from './conflict-choice';
import { conflictFieldName } from '../../ui/mine-or-theirs';
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
import { languageName } from '../../ui/i18n/formatters';
import { LANGUAGE_NAMES } from '../../ui/i18n/language-switcher';
import { type Locale, LOCALES } from '../../ui/i18n/types';
import { type Translator, useT } from '../../ui/i18n/use-t';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { type ProfileMessages, profileMessages } from './messages-en';

type TextInput = Exclude<ProfileField, 'locale'>;

const inputs = {
  email: { label: 'profile.email', autoComplete: 'email', type: 'email' },
  salutation: { label: 'profile.salutation', autoComplete: 'off' },
  title: { label: 'profile.titleField', autoComplete: 'honorific-prefix' },
  firstName: { label: 'profile.firstName', autoComplete: 'given-name' },
  middleName: {
    label: 'profile.middleName',
    autoComplete: 'additional-name',
  },
  lastName: { label: 'profile.lastName', autoComplete: 'family-name' },
  dateOfBirth: {
    label: 'profile.dateOfBirth',
    autoComplete: 'bday',
    type: 'date',
  },
  companyName: { label: 'profile.companyName', autoComplete: 'organization' },
  vatId: { label: 'profile.vatId', autoComplete: 'off' },
} as const satisfies Record<
  TextInput,
  { label: keyof ProfileMessages; autoComplete: string; type?: string }
>;

const labelKey = (field: ProfileField) =>
  field === 'locale' ? 'profile.locale' : inputs[field].label;

type Status =
  | 'profile.saving'
  | 'profile.saved'
  | 'profile.upToDate'
  | 'profile.nothingToSave'
  | 'profile.review'
  | 'profile.again';

/**
 * The form keeps its own `base`: the customer its values started from. It
 * resets only on mount and after a save, so a background refetch never
 * overwrites what the user is typing; changes made elsewhere meanwhile are
 * merged in when saving.
 */
export function ProfileForm({ customer }: { customer: Customer }) {
  const t = useT(profileMessages);
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
  // A message key, shown in the language of the moment.
  const [status, setStatus] = useState<Status | ''>('');

  const submit = form.handleSubmit(
    async (values) => {
      if (conflicts.unanswered.length > 0) {
        setStatus('');
        setSummary(
          conflicts.unanswered.map((c) => ({
            field: conflictFieldName(c.field),
            message: t('profile.chooseWhich', {
              label: labelInSentence(t, c.field as ProfileField),
            }),
          })),
        );
        return;
      }
      setSummary([]);
      setStatus('profile.saving');
      const outcome = await save(profilePlan, base, values);
      if (!outcome) return;

      if (outcome.kind === 'nothing') {
        // Taking the other writer's value for every clash leaves no change.
        setStatus(
          conflicts.conflicts.length
            ? 'profile.upToDate'
            : 'profile.nothingToSave',
        );
        conflicts.show([]);
      } else if (outcome.kind === 'saved') {
        setBase(outcome.customer);
        form.reset(customerToProfileValues(outcome.customer));
        conflicts.show([]);
        setStatus('profile.saved');
      } else if (outcome.kind === 'review') {
        setBase(outcome.fresh);
        form.reset(outcome.values);
        conflicts.show(outcome.conflicts);
        setStatus(
          outcome.conflicts.length ? 'profile.review' : 'profile.again',
        );
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
            {field === 'locale' ? (
              <SelectField
                {...form.register(field)}
                label={t('profile.locale')}
                placeholder={t('profile.localeNotSet')}
                options={languageOptions(base.locale, t.locale)}
                error={errorOf(errors, field)}
              />
            ) : (
              <TextField
                {...form.register(field)}
                {...inputs[field]}
                label={t(inputs[field].label)}
                readOnly={field === 'email'}
                hint={
                  field === 'email' ? <EmailHint customer={base} /> : undefined
                }
                error={errorOf(errors, field)}
              />
            )}
            {conflict ? (
              <ConflictChoice
                conflict={conflict}
                label={t(labelKey(field))}
                choice={conflicts.choices[field]}
                onChoose={(choice) => conflicts.choose(conflict, choice)}
              />
            ) : null}
          </div>
        );
      })}
      <SubmitButton pending={pending} pendingLabel={t('profile.saving')}>
        {t('profile.save')}
      </SubmitButton>
      <StatusMessage>{status ? t(status) : ''}</StatusMessage>
    </form>
  );
}

/**
 * The email is changed on its own page, after a fresh password check and
 * with a new verification; this form shows it only.
 */
function EmailHint({ customer }: { customer: Customer }) {
  const t = useT(profileMessages);
  return (
    <>
      {customer.isEmailVerified ? null : `${t('profile.notVerified')} `}
      <Link to="/account/email">{t('profile.changeEmail')}</Link>
    </>
  );
}

/** English puts a field's name mid-sentence in lower case; German nouns
 * keep their capital. */
function labelInSentence(t: Translator<ProfileMessages>, field: ProfileField) {
  const label = t(labelKey(field));
  return t.locale === 'en' ? label.toLowerCase() : label;
}

/**
 * The project's languages, each named in itself, plus a stored language
 * that is not one of them (e.g. "de-AT"), so the select never loses it.
 */
function languageOptions(stored: string | undefined, uiLocale: Locale) {
  const options: SelectOption[] = LOCALES.map((l) => ({
    value: l,
    label: LANGUAGE_NAMES[l],
  }));
  if (stored && !LOCALES.some((l) => l === stored)) {
    options.push({ value: stored, label: languageName(stored, uiLocale) });
  }
  return options;
}
