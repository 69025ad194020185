import type { Address } from '@commercetools/platform-sdk';

import { fieldId } from '../../ui/field-ids';
import { type Choice, conflictFieldName } from '../profile/conflict-choice';
import type { DefaultField } from './address-rebase';
import { addressOneLine } from './address-text';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { countryName } from './countries';
import { addressMessages } from './messages-en';

interface Props {
  field: DefaultField;
  /** The address the other writer made the default. */
  theirs: Address | undefined;
  /** This address as typed, or undefined for a new one. */
  mine: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

/**
 * A default this address was to take, set to another address elsewhere
 * meanwhile: both addresses side by side, nothing preselected.
 */
export function DefaultConflictChoice(props: Props) {
  const { field, theirs, mine, choice, onChoose } = props;
  const t = useT(addressMessages);
  const name = conflictFieldName(field);
  return (
    <fieldset className="choice-group notice">
      <legend>
        {field === 'defaultShipping'
          ? t('address.defaultChangedShipping')
          : t('address.defaultChangedBilling')}
      </legend>
      <div className="choice">
        <input
          type="radio"
          id={fieldId(name)}
          name={name}
          checked={choice === 'mine'}
          onChange={() => onChoose('mine')}
        />
        <label htmlFor={fieldId(name)}>
          {t.rich('address.makeDefault', { address: <strong>{mine}</strong> })}
        </label>
      </div>
      <div className="choice">
        <input
          type="radio"
          id={`${fieldId(name)}-theirs`}
          name={name}
          checked={choice === 'theirs'}
          onChange={() => onChoose('theirs')}
        />
        <label htmlFor={`${fieldId(name)}-theirs`}>
          {t.rich('address.keepTheirs', {
            address: (
              <strong>
                {theirs
                  ? addressOneLine(
                      theirs,
                      countryName(theirs.country, t.locale),
                    )
                  : t('address.noneSet')}
              </strong>
            ),
          })}
        </label>
      </div>
    </fieldset>
  );
}

/** The summary's request to settle a default conflict (a reference). */
export const defaultConflictMessage = (field: DefaultField) =>
  field === 'defaultShipping'
    ? messageRef(addressMessages, 'address.chooseDefaultShipping')
    : messageRef(addressMessages, 'address.chooseDefaultBilling');
