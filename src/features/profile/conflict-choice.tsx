import { type Choice, MineOrTheirs } from '../../ui/mine-or-theirs';
import type { Conflict, FieldValue } from './rebase';
import { type Translator, useT } from '../../ui/i18n/use-t';
import { type ProfileMessages, profileMessages } from './messages-en';

interface Props {
  conflict: Conflict;
  label: string;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

function shown(value: FieldValue, t: Translator<ProfileMessages>): string {
  if (typeof value === 'boolean') {
    return value ? t('conflict.yes') : t('conflict.no');
  }
  return value === '' ? t('conflict.empty') : value;
}

/** Both values of a field that was changed here and elsewhere. */
export function ConflictChoice({ conflict, label, choice, onChoose }: Props) {
  const t = useT(profileMessages);
  return (
    <MineOrTheirs
      field={conflict.field}
      legend={t('conflict.legend', { label })}
      mine={t.rich('conflict.mine', {
        value: <strong>{shown(conflict.mine, t)}</strong>,
      })}
      theirs={t.rich('conflict.theirs', {
        value: <strong>{shown(conflict.theirs, t)}</strong>,
      })}
      choice={choice}
      onChoose={onChoose}
    />
  );
}
