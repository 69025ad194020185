import { useState } from 'react';
import type {
  FieldValues,
  Path,
  PathValue,
  UseFormSetValue,
} from 'react-hook-form';

import type { Choice } from '../../ui/mine-or-theirs';
import type { Conflict } from './rebase';

/**
 * The fields that clash with another writer's save, and what the user chose
 * for each. Choosing writes that value into the form field.
 */
export function useConflicts<T extends FieldValues>(
  setValue: UseFormSetValue<T>,
) {
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  function show(next: Conflict[]) {
    setConflicts(next);
    setChoices({});
  }

  function choose(conflict: Conflict, choice: Choice) {
    setChoices((prev) => ({ ...prev, [conflict.field]: choice }));
    const value = choice === 'mine' ? conflict.mine : conflict.theirs;
    setValue(conflict.field as Path<T>, value as PathValue<T, Path<T>>, {
      shouldValidate: true,
    });
  }

  return {
    conflicts,
    choices,
    unanswered: conflicts.filter((c) => !choices[c.field]),
    find: (field: string) => conflicts.find((c) => c.field === field),
    show,
    choose,
  };
}
