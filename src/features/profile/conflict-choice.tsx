import { fieldId } from '../../ui/field-ids';
import type { Conflict, FieldValue } from './rebase';

export type Choice = 'mine' | 'theirs';

interface Props {
  conflict: Conflict;
  label: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

/** The name the error summary links to for an unanswered conflict. */
export const conflictFieldName = (field: string) => `conflict-${field}`;

function shown(value: FieldValue): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value === '' ? '(empty)' : value;
}

/**
 * Both values of a field that was changed here and elsewhere, as a choice.
 * Nothing is preselected: the user decides, then saves.
 */
export function ConflictChoice({ conflict, label, choice, onChoose }: Props) {
  const name = conflictFieldName(conflict.field);
  return (
    <fieldset className="choice-group notice">
      <legend>{label} was also changed elsewhere</legend>
      <div className="choice">
        <input
          type="radio"
          id={fieldId(name)}
          name={name}
          checked={choice === 'mine'}
          onChange={() => onChoose('mine')}
        />
        <label htmlFor={fieldId(name)}>
          Your change: <strong>{shown(conflict.mine)}</strong>
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
          Saved elsewhere: <strong>{shown(conflict.theirs)}</strong>
        </label>
      </div>
    </fieldset>
  );
}
