import type { Address } from '@commercetools/platform-sdk';

import { fieldId } from '../../ui/field-ids';
import { type Choice, conflictFieldName } from '../profile/conflict-choice';
import type { DefaultField } from './address-rebase';
import { addressOneLine } from './address-text';

interface Props {
  field: DefaultField;
  /** The address the other writer made the default. */
  theirs: Address | undefined;
  /** This address as typed, or undefined for a new one. */
  mine: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

const roleOf = (field: DefaultField) =>
  field === 'defaultShipping' ? 'shipping' : 'billing';

/**
 * A default this address was to take, set to another address elsewhere
 * meanwhile: both addresses side by side, nothing preselected.
 */
export function DefaultConflictChoice(props: Props) {
  const { field, theirs, mine, choice, onChoose } = props;
  const name = conflictFieldName(field);
  const role = roleOf(field);
  return (
    <fieldset className="choice-group notice">
      <legend>
        Your default {role} address was changed in another place meanwhile
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
          Make this address the default: <strong>{mine}</strong>
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
          Keep the default saved elsewhere:{' '}
          <strong>{theirs ? addressOneLine(theirs) : '(none)'}</strong>
        </label>
      </div>
    </fieldset>
  );
}

/** The summary's request to settle a default conflict. */
export const defaultConflictMessage = (field: DefaultField) =>
  `Choose which address to keep as your default ${roleOf(field)} address.`;
