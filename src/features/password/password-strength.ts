import { PASSWORD_MIN_LENGTH } from '../../ui/field-schemas';

export type StrengthLevel = 'weak' | 'ok' | 'strong';

export interface Strength {
  level: StrengthLevel;
  /** What would make it stronger; none when it is strong. */
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
      tip: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    };
  }
  if (distinct <= 3 || GIVEAWAYS.some((part) => lower.includes(part))) {
    return {
      level: 'weak',
      tip: 'Avoid common words, sequences and repeated characters.',
    };
  }
  if (length >= 16 || (length >= 12 && classes >= 3)) {
    return { level: 'strong' };
  }
  if (classes >= 2 || length >= 12) {
    return {
      level: 'ok',
      tip: 'Longer is stronger: 12 or more characters with a mix of kinds.',
    };
  }
  return {
    level: 'weak',
    tip: 'Mix letters with numbers or symbols, or make it longer.',
  };
}

export const STRENGTH_LABELS: Record<StrengthLevel, string> = {
  weak: 'Weak',
  ok: 'OK',
  strong: 'Strong',
};
