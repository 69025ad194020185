import type { Address, Customer } from '@commercetools/platform-sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';

import { ErrorSummary, type SummaryItem } from '../../ui/error-summary';
import { draftIds } from '../../ui/form-drafts';
import { summaryItems } from '../../ui/form-errors';
import { SubmitButton } from '../../ui/submit-button';
import { useUnsavedChanges } from '../../ui/use-unsaved-changes';
import { showApiError } from '../profile/api-error-summary';
import { ConflictChoice } from '../profile/conflict-choice';
import { conflictFieldName } from '../../ui/mine-or-theirs';
import { useConflicts } from '../profile/use-conflicts';
import { useVersionedSave } from '../profile/use-versioned-save';
import { AddressFields, textInputs } from './address-fields';
import { addPlan, editPlan, newAddressKey } from './address-plans';
import {
  defaultAddressOf,
  type DefaultField,
  defaultFields,
} from './address-rebase';
import { addressSchemaFor, type AddressValues } from './address-schema';
import { addressOneLine } from './address-text';
import {
  addressTextFields,
  addressToValues,
  emptyAddressValues,
  findAddress,
  valuesToAddress,
} from './address-values';
import {
  DefaultConflictChoice,
  defaultConflictMessage,
} from './default-conflict-choice';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { countryName } from './countries';
import { type AddressMessages, addressMessages } from './messages-en';

const formFields: readonly (keyof AddressValues)[] = addressTextFields;

// Message keys: the summary shows them in the language of the moment.
const flagLabels: Record<string, keyof AddressMessages> = {
  country: 'address.country',
  shipping: 'address.useShipping',
  billing: 'address.useBilling',
  defaultShipping: 'address.defaultShipping',
  defaultBilling: 'address.defaultBilling',
};

const labelOf = (field: string): keyof AddressMessages | undefined =>
  flagLabels[field] ?? textInputs[field as keyof typeof textInputs]?.label;

const m = addressMessages;

const isDefaultField = (field: string): field is DefaultField =>
  (defaultFields as string[]).includes(field);

type Target = { kind: 'edit'; id: string } | { kind: 'add'; key: string };

interface Props {
  customer: Customer;
  /** Edits this address; without it the form adds a new one. */
  addressId?: string;
  /** `message` and `announce` take message references. */
  onSaved: (message: string, addressId?: string) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/**
 * Adds or edits one address. Like the profile form it keeps the customer
 * it started from as `base`, so refetches never overwrite typing, and
 * replays the edit when someone else saved first.
 */
export function AddressForm(props: Props) {
  const { customer, addressId, onSaved, onCancel, announce } = props;
  const t = useT(addressMessages);
  const [base, setBase] = useState(customer);
  // The key stays the same for every try of one new address, so a retry
  // after a lost answer fails as a duplicate instead of adding it twice.
  const [target, setTarget] = useState<Target>(() =>
    addressId
      ? { kind: 'edit', id: addressId }
      : { kind: 'add', key: newAddressKey() },
  );
  const [gone, setGone] = useState(false);
  const form = useForm<AddressValues>({
    // The error summary takes focus instead and links to each field.
    shouldFocusError: false,
    // An edit is checked against the stored address: only what the user
    // changed has to pass.
    resolver: zodResolver(
      addressSchemaFor(
        target.kind === 'edit' ? addressToValues(base, target.id) : undefined,
        t.locale,
      ),
    ),
    defaultValues:
      (addressId && addressToValues(customer, addressId)) ||
      emptyAddressValues(defaultCountry(customer)),
  });
  const conflicts = useConflicts(form.setValue);
  useUnsavedChanges({ formId: addressFormId(target), owner: base.id, form });
  const { save, pending } = useVersionedSave();
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [target.kind]);

  const submit = form.handleSubmit(
    async (values) => {
      if (conflicts.unanswered.length > 0) {
        setSummary(
          conflicts.unanswered.map((c) => ({
            field: conflictFieldName(c.field),
            message: isDefaultField(c.field)
              ? defaultConflictMessage(c.field)
              : messageRef(m, 'address.chooseValue', {
                  label: labelOf(c.field) ?? c.field,
                }),
          })),
        );
        return;
      }
      setSummary([]);
      const plan =
        target.kind === 'edit' ? editPlan(target.id) : addPlan(target.key);
      const outcome = await save(plan, base, values);
      if (!outcome) return;

      if (outcome.kind === 'nothing') {
        // Taking the other writer's value for every clash leaves no change.
        if (conflicts.conflicts.length > 0) {
          onSaved(messageRef(m, 'address.upToDate'), findSaved(base, target));
        } else {
          announce(messageRef(m, 'address.nothingToSave'));
        }
      } else if (outcome.kind === 'saved') {
        const saved = findSaved(outcome.customer, target);
        onSaved(
          target.kind === 'add'
            ? messageRef(m, 'address.added')
            : messageRef(m, 'address.saved'),
          saved,
        );
      } else if (outcome.kind === 'review') {
        setBase(outcome.fresh);
        form.reset(outcome.values);
        conflicts.show(outcome.conflicts);
        announce(
          outcome.conflicts.length
            ? messageRef(m, 'address.review')
            : messageRef(m, 'address.again'),
        );
      } else if (outcome.kind === 'gone') {
        setBase(outcome.fresh);
        setGone(true);
        announce(messageRef(m, 'address.removedElsewhere'));
      } else {
        setSummary(showApiError(outcome.error, formFields, form.setError));
      }
    },
    (invalid) => setSummary(summaryItems(invalid, formFields)),
  );

  function addAsNew() {
    setGone(false);
    conflicts.show([]);
    setTarget({ kind: 'add', key: newAddressKey() });
  }

  const title = target.kind === 'add' ? t('address.add') : t('address.edit');
  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="address-form-title"
    >
      <h2 id="address-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ErrorSummary items={summary} focusKey={form.formState.submitCount} />
      {gone ? (
        <div className="notice notice-error">
          <p>{t('address.goneNotice')}</p>
          <button type="button" className="button" onClick={addAsNew}>
            {t('address.addAsNew')}
          </button>
        </div>
      ) : null}
      <AddressFields
        form={form}
        after={(field) => {
          const conflict = conflicts.find(field);
          if (conflict && isDefaultField(field)) {
            return (
              <DefaultConflictChoice
                field={field}
                theirs={defaultAddressOf(base, field)}
                mine={addressOneLine(
                  valuesToAddress(form.getValues()),
                  countryName(form.getValues('country'), t.locale),
                )}
                choice={conflicts.choices[field]}
                onChoose={(choice) => conflicts.choose(conflict, choice)}
              />
            );
          }
          const label = labelOf(field);
          return conflict ? (
            <ConflictChoice
              conflict={conflict}
              label={label ? t(label) : field}
              choice={conflicts.choices[field]}
              onChoose={(choice) => conflicts.choose(conflict, choice)}
            />
          ) : null;
        }}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t('address.saving')}
        disabled={gone}
      >
        {t('address.save')}
      </SubmitButton>{' '}
      <button type="button" className="button" onClick={onCancel}>
        {t('address.cancel')}
      </button>
    </form>
  );
}

/** Drafts of an address form, by what it edits; the book reopens it. */
export function addressFormId(target: Target): string {
  return target.kind === 'edit' ? `address:${target.id}` : 'address:new';
}

/** The address form with a kept draft of this customer, to reopen it. */
export function addressWithDraft(
  customer: Customer,
):
  { kind: 'add' } | { kind: 'edit'; id: string; address: Address } | undefined {
  for (const id of draftIds(customer.id)) {
    if (id === 'address:new') return { kind: 'add' };
    const address = customer.addresses.find((a) => `address:${a.id}` === id);
    if (address?.id) return { kind: 'edit', id: address.id, address };
  }
  return undefined;
}

function defaultCountry(customer: Customer): string | undefined {
  const id = customer.defaultShippingAddressId;
  return id ? findAddress(customer, id)?.country : undefined;
}

function findSaved(customer: Customer, target: Target): string | undefined {
  if (target.kind === 'edit') return target.id;
  return customer.addresses.find((a) => a.key === target.key)?.id;
}
