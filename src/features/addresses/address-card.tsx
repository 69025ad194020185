import type { Address } from '@commercetools/platform-sdk';
import { Fragment } from 'react';

import { addressLines, addressName } from './address-text';
import type { AddressRoles } from './address-values';

interface Props {
  address: Address;
  roles: AddressRoles;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onSetDefault: (role: 'shipping' | 'billing') => void;
}

export const editButtonId = (id: string) => `edit-address-${id}`;
export const removeButtonId = (id: string) => `remove-address-${id}`;

/** One address as a list item, with its badges and actions. */
export function AddressCard(props: Props) {
  const { address, roles, busy, onEdit, onRemove, onSetDefault } = props;
  const name = addressName(address);
  const uses = [roles.shipping && 'shipping', roles.billing && 'billing']
    .filter(Boolean)
    .join(' and ');

  return (
    <li className="card">
      <p>
        {addressLines(address).map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <p>
        {roles.defaultShipping ? (
          <span className="badge">Default shipping</span>
        ) : null}{' '}
        {roles.defaultBilling ? (
          <span className="badge">Default billing</span>
        ) : null}{' '}
        {uses ? `Used for ${uses}.` : 'Not used for shipping or billing.'}
      </p>
      <p>
        <button
          type="button"
          id={editButtonId(address.id ?? '')}
          className="button button-small"
          aria-label={`Edit ${name}`}
          onClick={onEdit}
          disabled={busy}
        >
          Edit
        </button>{' '}
        <button
          type="button"
          id={removeButtonId(address.id ?? '')}
          className="button button-small"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
          disabled={busy}
        >
          Remove
        </button>
        {(['shipping', 'billing'] as const)
          .filter((role) =>
            role === 'shipping'
              ? !roles.defaultShipping
              : !roles.defaultBilling,
          )
          .map((role) => (
            <Fragment key={role}>
              {' '}
              <button
                type="button"
                className="button button-small button-link"
                aria-label={`Set ${name} as default ${role}`}
                onClick={() => onSetDefault(role)}
                disabled={busy}
              >
                Set as default {role}
              </button>
            </Fragment>
          ))}
      </p>
    </li>
  );
}
