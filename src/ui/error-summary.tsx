import { type MouseEvent, useEffect, useRef } from 'react';

import { fieldId } from './field-ids';
import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';

export interface SummaryItem {
  /** The form field's name; without one the item is plain text. */
  field?: string;
  /** A message reference (or plain text), shown in the UI's language. */
  message: string;
}

interface Props {
  items: readonly SummaryItem[];
  title?: string;
  /**
   * Changes on every submit attempt (e.g. react-hook-form's submitCount),
   * so the same problems shown again take focus again.
   */
  focusKey?: unknown;
}

/**
 * The list of problems at the top of a form. It takes focus when it
 * appears so keyboard and screen-reader users land on it; each entry
 * links to its field and moves focus there.
 */
export function ErrorSummary({ items, title, focusKey }: Props) {
  const t = useT(coreMessages);
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((item) => item.message).join('\n');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, focusKey]);

  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{title ?? t('ui.errorSummaryTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.field ?? ''}:${item.message}`}>
            {item.field ? (
              <a
                href={`#${fieldId(item.field)}`}
                onClick={(event) => focusField(event, item.field ?? '')}
              >
                {t.text(item.message)}
              </a>
            ) : (
              t.text(item.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(fieldId(field));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
