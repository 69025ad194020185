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
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';

const ADD_BUTTON_ID = 'add-address';
const CHANGED_ELSEWHERE =
  'Your addresses were changed in another place meanwhile. Try again.';

type Open =
  { kind: 'add' } | { kind: 'edit'; id: string; address: Address } | undefined;

/** The list of addresses with one form or one dialog open at a time. */
export function AddressBook({ customer }: { customer: Customer }) {
  const core = useT(coreMessages);
  const [open, setOpen] = useState<Open>(() => addressWithDraft(customer));
  const [removing, setRemoving] = useState<string>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
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
    const name = address ? addressName(address) : 'The address';
    if (outcome?.kind === 'saved' || outcome?.kind === 'nothing') {
      close(`${name} is now your default ${role} address.`, editButtonId(id));
    } else if (outcome?.kind === 'gone') {
      setError('This address was removed in another place.');
    } else if (outcome?.kind === 'review') {
      // The list now shows the other default; the button offers ours.
      const other = defaultAddressOf(outcome.fresh, flag);
      const clash = outcome.conflicts.some((c) => c.field === flag);
      setError(
        clash && other
          ? `Your default ${role} address was changed in another place ` +
              `to ${addressName(other)}. To use ${name} instead, press ` +
              `"Set as default ${role}" again.`
          : CHANGED_ELSEWHERE,
      );
    } else if (outcome?.kind === 'failed') {
      setError(
        describeApiError(outcome.error).formErrors.map(core.text).join(' '),
      );
    }
  }

  async function remove(id: string) {
    setError(undefined);
    const outcome = await save(removePlan(id), customer, null);
    if (outcome?.kind === 'saved' || outcome?.kind === 'nothing') {
      close('Address removed.', ADD_BUTTON_ID);
    } else if (outcome?.kind === 'failed') {
      setError(
        describeApiError(outcome.error).formErrors.map(core.text).join(' '),
      );
    } else if (outcome) {
      setError(CHANGED_ELSEWHERE);
    }
  }

  const removed = customer.addresses.find((a) => a.id === removing);
  // An address removed elsewhere while being edited stays listed until its
  // form closes, so the form and what was typed into it stay mounted.
  const addresses =
    open?.kind === 'edit' && !customer.addresses.some((a) => a.id === open.id)
      ? [...customer.addresses, open.address]
      : customer.addresses;
  return (
    <>
      <div ref={background}>
        {error && !removing ? (
          <p className="notice notice-error" role="alert">
            {error}
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
            Add address
          </button>
        )}
        {addresses.length === 0 ? (
          <p>You have no saved addresses yet.</p>
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
          error={error}
          background={background}
          onConfirm={() => void remove(removed.id ?? '')}
          onCancel={() => close('', removeButtonId(removed.id ?? ''))}
        />
      ) : null}
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}
