import type { ReactNode } from 'react';

interface Props {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
}

/** The hint and error lines under a field, with the ids it points to. */
export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}
