import { fieldId } from '../../ui/field-ids';
import type { Conflict, FieldValue } from './rebase';
import { type Translator, useT } from '../../ui/i18n/use-t';
import { type ProfileMessages, profileMessages } from './messages-en';

export type Choice = 'mine' | 'theirs';

interface Props {
  conflict: Conflict;
  label: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

/** The name the error summary links to for an unanswered conflict. */
export const conflictFieldName = (field: string) => `conflict-${field}`;

function shown(value: FieldValue, t: Translator<ProfileMessages>): string {
  if (typeof value === 'boolean') {
    return value ? t('conflict.yes') : t('conflict.no');
  }
  return value === '' ? t('conflict.empty') : value;
}

/**
 * Both values of a field that was changed here and elsewhere, as a choice.
 * Nothing is preselected: the user decides, then saves.
 */
export function ConflictChoice({ conflict, label, choice, onChoose }: Props) {
  const t = useT(profileMessages);
  const name = conflictFieldName(conflict.field);
  return (
    <fieldset className="choice-group notice">
      <legend>{t('conflict.legend', { label })}</legend>
      <div className="choice">
        <input
          type="radio"
          id={fieldId(name)}
          name={name}
          checked={choice === 'mine'}
          onChange={() => onChoose('mine')}
        />
        <label htmlFor={fieldId(name)}>
          {t.rich('conflict.mine', {
            value: <strong>{shown(conflict.mine, t)}</strong>,
          })}
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
          {t.rich('conflict.theirs', {
            value: <strong>{shown(conflict.theirs, t)}</strong>,
          })}
        </label>
      </div>
    </fieldset>
  );
}
