import type { Address } from '@commercetools/platform-sdk';
import { Fragment } from 'react';

import { addressLines, addressName } from './address-text';
import type { AddressRoles } from './address-values';
import { useT } from '../../ui/i18n/use-t';
import { addressMessages } from './messages-en';

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
  const t = useT(addressMessages);
  const name = addressName(address, t.locale);
  const uses =
    roles.shipping && roles.billing
      ? t('address.usedBoth')
      : roles.shipping
        ? t('address.usedShipping')
        : roles.billing
          ? t('address.usedBilling')
          : t('address.unused');

  return (
    <li className="card">
      <p>
        {addressLines(address, t.locale, (phone) =>
          t('address.phoneLine', { phone }),
        ).map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <p>
        {roles.defaultShipping ? (
          <span className="badge">{t('address.defaultShipping')}</span>
        ) : null}{' '}
        {roles.defaultBilling ? (
          <span className="badge">{t('address.defaultBilling')}</span>
        ) : null}{' '}
        {uses}
      </p>
      <p>
        <button
          type="button"
          id={editButtonId(address.id ?? '')}
          className="button button-small"
          aria-label={t('address.editName', { name })}
          onClick={onEdit}
          disabled={busy}
        >
          {t('address.editButton')}
        </button>{' '}
        <button
          type="button"
          id={removeButtonId(address.id ?? '')}
          className="button button-small"
          aria-label={t('address.removeName', { name })}
          onClick={onRemove}
          disabled={busy}
        >
          {t('address.removeButton')}
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
                aria-label={
                  role === 'shipping'
                    ? t('address.setNameDefaultShipping', { name })
                    : t('address.setNameDefaultBilling', { name })
                }
                onClick={() => onSetDefault(role)}
                disabled={busy}
              >
                {role === 'shipping'
                  ? t('address.setDefaultShipping')
                  : t('address.setDefaultBilling')}
              </button>
            </Fragment>
          ))}
      </p>
    </li>
  );
}
