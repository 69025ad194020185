import type { ReactNode } from 'react';

import { PasswordField } from '../../ui/password-field';
import type { TextFieldProps } from '../../ui/text-field';
import { passwordStrength, STRENGTH_LABELS } from './password-strength';
import { useCapsLock } from './use-caps-lock';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

type Props = Omit<TextFieldProps, 'type' | 'hint'> & {
  hint?: ReactNode;
  /** The value to rate, for a password being chosen. */
  strengthOf?: string;
};

/**
 * The shared password field plus a Caps Lock warning and, for a new
 * password, a strength hint. Both sit in the field's description and in
 * polite live regions: they are read when they change, not on every key.
 */
export function PasswordInput({
  hint,
  strengthOf,
  onKeyDown,
  onKeyUp,
  onBlur,
  ...field
}: Props) {
  const t = useT(passwordMessages);
  const caps = useCapsLock();
  const strength = strengthOf ? passwordStrength(strengthOf) : undefined;

  return (
    <PasswordField
      {...field}
      onKeyDown={(event) => {
        caps.check(event);
        onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        caps.check(event);
        onKeyUp?.(event);
      }}
      onBlur={(event) => {
        caps.clear();
        onBlur?.(event);
      }}
      hint={
        <>
          {hint}{' '}
          {strengthOf !== undefined ? (
            <span aria-live="polite">
              {strength
                ? `${t('password.strength', {
                    level: t(STRENGTH_LABELS[strength.level]),
                  })} ${strength.tip ? t.text(strength.tip) : ''}`
                : ''}
            </span>
          ) : null}{' '}
          <span aria-live="polite" className="caps-lock-warning">
            {caps.on ? t('password.capsLock') : ''}
          </span>
        </>
      }
    />
  );
}
