import type { ReactNode } from 'react';

import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';

interface Props {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
}

/**
 * The hint and error lines under a field, with the ids it points to. A
 * text error may be a message reference (zod, the API error table).
 */
export function FieldMessages({ id, hint, error }: Props) {
  const t = useT(coreMessages);
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {typeof error === 'string' ? t.text(error) : error}
        </p>
      ) : null}
    </>
  );
}
