import type { Address, Customer } from '@commercetools/platform-sdk';
import { useEffect, useRef, useState } from 'react';

import { describeApiError } from '../../api/error-messages';
import { StatusMessage } from '../../ui/status-message';
import { useVersionedSave } from '../profile/use-versioned-save';
import { AddressCard, editButtonId, removeButtonId } from './address-card';
import { AddressForm, addressWithDraft } from './address-form';
import { editPlan, removePlan } from './address-plans';
import { defaultAddressOf } from './address-rebase';
import { addressName } from './address-text';
import { addressRoles, addressToValues } from './address-values';
import { RemoveDialog } from './remove-dialog';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { addressMessages } from './messages-en';

const ADD_BUTTON_ID = 'add-address';
const m = addressMessages;
const CHANGED_ELSEWHERE = messageRef(m, 'address.changedElsewhere');

type Open =
  { kind: 'add' } | { kind: 'edit'; id: string; address: Address } | undefined;

/**
 * The list of addresses with one form or one dialog open at a time. The
 * status and error hold message references, shown in the language of the
 * moment.
 */
export function AddressBook({ customer }: { customer: Customer }) {
  const t = useT(addressMessages);
  const [open, setOpen] = useState<Open>(() => addressWithDraft(customer));
  const [removing, setRemoving] = useState<string>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string[]>();
  const [focusId, setFocusId] = useState<string>();
  const background = useRef<HTMLDivElement>(null);
  const { save, pending } = useVersionedSave();

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(undefined);
  }, [focusId]);

  function close(message: string, focus: string) {
    setOpen(undefined);
    setRemoving(undefined);
    setError(undefined);
    setStatus(message);
    setFocusId(focus);
  }

  async function setDefault(id: string, role: 'shipping' | 'billing') {
    const values = addressToValues(customer, id);
    if (!values) return;
    setError(undefined);
    const flag = role === 'shipping' ? 'defaultShipping' : 'defaultBilling';
    const outcome = await save(editPlan(id), customer, {
      ...values,
      [flag]: true,
    });
    const address = customer.addresses.find((a) => a.id === id);
    const name = address
      ? addressName(address, t.locale)
      : t('address.theAddress');
    const shipping = role === 'shipping';
    if (outcome?.kind === 'saved' || outcome?.kind === 'nothing') {
      close(
        shipping
          ? messageRef(m, 'address.nowDefaultShipping', { name })
          : messageRef(m, 'address.nowDefaultBilling', { name }),
        editButtonId(id),
      );
    } else if (outcome?.kind === 'gone') {
      setError([messageRef(m, 'address.removedElsewhere')]);
    } else if (outcome?.kind === 'review') {
      // The list now shows the other default; the button offers ours.
      const other = defaultAddressOf(outcome.fresh, flag);
      const clash = outcome.conflicts.some((c) => c.field === flag);
      const moved = { other: other ? addressName(other, t.locale) : '', name };
      setError([
        !clash || !other
          ? CHANGED_ELSEWHERE
          : shipping
            ? messageRef(m, 'address.defaultMovedShipping', moved)
            : messageRef(m, 'address.defaultMovedBilling', moved),
      ]);
    } else if (outcome?.kind === 'failed') {
      setError(describeApiError(outcome.error).formErrors);
    }
  }

  async function remove(id: string) {
    setError(undefined);
    const outcome = await save(removePlan(id), customer, null);
    if (outcome?.kind === 'saved' || outcome?.kind === 'nothing') {
      close(messageRef(m, 'address.removed'), ADD_BUTTON_ID);
    } else if (outcome?.kind === 'failed') {
      setError(describeApiError(outcome.error).formErrors);
    } else if (outcome) {
      setError([CHANGED_ELSEWHERE]);
    }
  }

  const removed = customer.addresses.find((a) => a.id === removing);
  const errorText = error?.map(t.text).join(' ');
  // An address removed elsewhere while being edited stays listed until its
  // form closes, so the form and what was typed into it stay mounted.
  const addresses =
    open?.kind === 'edit' && !customer.addresses.some((a) => a.id === open.id)
      ? [...customer.addresses, open.address]
      : customer.addresses;
  return (
    <>
      <div ref={background}>
        {errorText && !removing ? (
          <p className="notice notice-error" role="alert">
            {errorText}
          </p>
        ) : null}
        {open?.kind === 'add' ? (
          <AddressForm
            customer={customer}
            onSaved={(message) => close(message, ADD_BUTTON_ID)}
            onCancel={() => close('', ADD_BUTTON_ID)}
            announce={setStatus}
          />
        ) : (
          <button
            type="button"
            id={ADD_BUTTON_ID}
            className="button"
            onClick={() => {
              setStatus('');
              setOpen({ kind: 'add' });
            }}
            disabled={pending}
          >
            {t('address.add')}
          </button>
        )}
        {addresses.length === 0 ? (
          <p>{t('address.none')}</p>
        ) : (
          <ul className="address-list">
            {addresses.map((address) => {
              const id = address.id ?? '';
              return open?.kind === 'edit' && open.id === id ? (
                <li key={id}>
                  <AddressForm
                    customer={customer}
                    addressId={id}
                    onSaved={(message) => close(message, editButtonId(id))}
                    onCancel={() => close('', editButtonId(id))}
                    announce={setStatus}
                  />
                </li>
              ) : (
                <AddressCard
                  key={id}
                  address={address}
                  roles={addressRoles(customer, id)}
                  busy={pending}
                  onEdit={() => {
                    setStatus('');
                    setOpen({ kind: 'edit', id, address });
                  }}
                  onRemove={() => setRemoving(id)}
                  onSetDefault={(role) => void setDefault(id, role)}
                />
              );
            })}
          </ul>
        )}
      </div>
      {removed?.id ? (
        <RemoveDialog
          address={removed}
          roles={addressRoles(customer, removed.id)}
          pending={pending}
          error={errorText}
          background={background}
          onConfirm={() => void remove(removed.id ?? '')}
          onCancel={() => close('', removeButtonId(removed.id ?? ''))}
        />
      ) : null}
      <StatusMessage>{status && t.text(status)}</StatusMessage>
    </>
  );
}
