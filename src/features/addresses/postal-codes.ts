interface PostalCodeRule {
  pattern: RegExp;
  example: string;
  /**
   * The written form: letters upper-case and one space `spaceAt`
   * characters from the end, as the national post prints them.
   */
  spaceAt?: number;
  upper?: boolean;
}

// Formats as the national posts publish them; letters are accepted in
// either case. Countries without a rule accept any non-empty code.
const rules: Record<string, PostalCodeRule> = {
  AT: { pattern: /^[1-9]\d{3}$/, example: '1010' },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
  CA: {
    pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
    example: 'K1A 0B1',
    spaceAt: 3,
    upper: true,
  },
  CH: { pattern: /^[1-9]\d{3}$/, example: '8001' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  GB: {
    pattern: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i,
    example: 'SW1A 1AA',
    spaceAt: 3,
    upper: true,
  },
  IE: {
    pattern: /^[AC-FHKNPRTV-Y]\d[\dW] ?[\dAC-FHKNPRTV-Y]{4}$/i,
    example: 'D02 X285',
    spaceAt: 4,
    upper: true,
  },
  IT: { pattern: /^\d{5}$/, example: '00118' },
  NL: {
    pattern: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i,
    example: '1012 AB',
    spaceAt: 2,
    upper: true,
  },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-001' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '114 55', spaceAt: 2 },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
};

/** The example to show for `country`, if it has a rule. */
export function postalCodeExample(country: string): string | undefined {
  return rules[country]?.example;
}

export function isValidPostalCode(country: string, code: string): boolean {
  const trimmed = code.trim();
  const rule = rules[country];
  return rule ? rule.pattern.test(trimmed) : trimmed !== '';
}

/**
 * The postal code as it is stored and printed: trimmed, single spaces,
 * and for countries whose codes have letters or a fixed gap, upper-case
 * with the gap in its place ("sw1a1aa" → "SW1A 1AA"). A code that does
 * not fit its country's rule is only tidied, never reshaped.
 */
export function normalisePostalCode(country: string, code: string): string {
  const tidy = code.trim().replace(/\s+/g, ' ');
  const rule = rules[country];
  if (!rule || !rule.pattern.test(tidy)) return tidy;
  const cased = rule.upper ? tidy.toUpperCase() : tidy;
  if (!rule.spaceAt) return cased;
  const bare = cased.replace(/ /g, '');
  const gap = bare.length - rule.spaceAt;
  return `${bare.slice(0, gap)} ${bare.slice(gap)}`;
}
