import type { Address } from '@commercetools/platform-sdk';

import { type Choice, MineOrTheirs } from '../../ui/mine-or-theirs';
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
  const theirsText = theirs
    ? addressOneLine(theirs, countryName(theirs.country, t.locale))
    : t('address.noneSet');
  return (
    <MineOrTheirs
      field={field}
      legend={
        field === 'defaultShipping'
          ? t('address.defaultChangedShipping')
          : t('address.defaultChangedBilling')
      }
      mine={t.rich('address.makeDefault', { address: <strong>{mine}</strong> })}
      theirs={t.rich('address.keepTheirs', {
        address: <strong>{theirsText}</strong>,
      })}
      choice={choice}
      onChoose={onChoose}
    />
  );
}

/** The summary's request to settle a default conflict (a reference). */
export const defaultConflictMessage = (field: DefaultField) =>
  field === 'defaultShipping'
    ? messageRef(addressMessages, 'address.chooseDefaultShipping')
    : messageRef(addressMessages, 'address.chooseDefaultBilling');
