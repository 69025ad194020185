import { PASSWORD_MIN_LENGTH } from '../../ui/field-schemas';
import { messageRef } from '../../ui/i18n/catalogue';
import { type PasswordMessages, passwordMessages } from './messages-en';

export type StrengthLevel = 'weak' | 'ok' | 'strong';

export interface Strength {
  level: StrengthLevel;
  /** What would make it stronger (a message reference); none if strong. */
  tip?: string;
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Parts that make any password easy to guess, however long. */
const GIVEAWAYS = ['password', 'passwort', '123456', 'qwert', 'azerty'];

/**
 * A rough, dependency-free guess from length and character classes. It
 * only advises: the API takes any password, and the form asks for no more
 * than the minimum length.
 */
export function passwordStrength(password: string): Strength {
  const length = [...password].length;
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length;
  const distinct = new Set(password.toLowerCase()).size;
  const lower = password.toLowerCase();

  if (length < PASSWORD_MIN_LENGTH) {
    return {
      level: 'weak',
      tip: messageRef(passwordMessages, 'password.tipLength', {
        min: PASSWORD_MIN_LENGTH,
      }),
    };
  }
  if (distinct <= 3 || GIVEAWAYS.some((part) => lower.includes(part))) {
    return {
      level: 'weak',
      tip: messageRef(passwordMessages, 'password.tipCommon'),
    };
  }
  if (length >= 16 || (length >= 12 && classes >= 3)) {
    return { level: 'strong' };
  }
  if (classes >= 2 || length >= 12) {
    return {
      level: 'ok',
      tip: messageRef(passwordMessages, 'password.tipLonger'),
    };
  }
  return {
    level: 'weak',
    tip: messageRef(passwordMessages, 'password.tipMix'),
  };
}

export const STRENGTH_LABELS = {
  weak: 'password.weak',
  ok: 'password.ok',
  strong: 'password.strong',
} as const satisfies Record<StrengthLevel, keyof PasswordMessages>;
