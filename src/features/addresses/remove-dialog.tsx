import type { Address } from '@commercetools/platform-sdk';
import { type RefObject, useEffect, useRef } from 'react';

import { addressLines } from './address-text';
import type { AddressRoles } from './address-values';
import { useT } from '../../ui/i18n/use-t';
import { addressMessages } from './messages-en';

interface Props {
  address: Address;
  roles: AddressRoles;
  pending: boolean;
  error?: string;
  /** The page content behind the dialog, hidden from assistive tech. */
  background: RefObject<HTMLElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before removing an address, and asks harder for a default one: it
 * says what will be missing and starts on "Keep address". A modal dialog
 * keeps focus inside; the caller returns focus when it closes.
 */
export function RemoveDialog(props: Props) {
  const { address, roles, pending, error, background } = props;
  const { onConfirm, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const t = useT(addressMessages);
  const isDefault = roles.defaultShipping || roles.defaultBilling;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    (isDefault ? keep : confirm).current?.focus();
    // Hidden only once focus is inside the dialog, never while a hidden
    // element still holds it.
    const behind = background.current;
    behind?.setAttribute('aria-hidden', 'true');
    return () => {
      behind?.removeAttribute('aria-hidden');
      if (element.open) element.close();
    };
  }, [background, isDefault]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="remove-address-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="remove-address-title">{t('address.removeTitle')}</h2>
      <p>
        {addressLines(address, t.locale, (phone) =>
          t('address.phoneLine', { phone }),
        ).join(', ')}
      </p>
      {isDefault ? (
        <p className="notice notice-error">
          {roles.defaultShipping && roles.defaultBilling
            ? t('address.removeDefaultBoth')
            : roles.defaultShipping
              ? t('address.removeDefaultShipping')
              : t('address.removeDefaultBilling')}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <button ref={keep} type="button" className="button" onClick={onCancel}>
          {t('address.keep')}
        </button>{' '}
        <button
          ref={confirm}
          type="button"
          className="button button-primary"
          onClick={onConfirm}
          disabled={pending}
          aria-busy={pending || undefined}
        >
          {isDefault
            ? t('address.confirmRemoveDefault')
            : t('address.confirmRemove')}
        </button>
      </p>
    </dialog>
  );
}
