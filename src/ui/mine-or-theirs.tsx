import type { ReactNode } from 'react';

import { fieldId } from './field-ids';

/** Which side of a clash the user keeps. */
export type Choice = 'mine' | 'theirs';

/** The name the error summary links to for an unanswered clash. */
export const conflictFieldName = (field: string) => `conflict-${field}`;

interface Props {
  /** The clashing field: names the radios and their ids. */
  field: string;
  legend: ReactNode;
  /** What this tab would save, as a label. */
  mine: ReactNode;
  /** What was saved elsewhere meanwhile, as a label. */
  theirs: ReactNode;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}

/**
 * A change made here against one made elsewhere, as two radio buttons.
 * Nothing is preselected: the user decides, then saves.
 */
export function MineOrTheirs(props: Props) {
  const { field, legend, mine, theirs, choice, onChoose } = props;
  const name = conflictFieldName(field);
  const sides = [
    { side: 'mine', id: fieldId(name), label: mine },
    { side: 'theirs', id: `${fieldId(name)}-theirs`, label: theirs },
  ] as const;
  return (
    <fieldset className="choice-group notice">
      <legend>{legend}</legend>
      {sides.map(({ side, id, label }) => (
        <div className="choice" key={side}>
          <input
            type="radio"
            id={id}
            name={name}
            checked={choice === side}
            onChange={() => onChoose(side)}
          />
          <label htmlFor={id}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
