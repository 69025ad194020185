interface PostalCodeRule {
  pattern: RegExp;
  example: string;
}

// Formats as the national posts publish them; letters are accepted in
// either case. Countries without a rule accept any non-empty code.
const rules: Record<string, PostalCodeRule> = {
  AT: { pattern: /^[1-9]\d{3}$/, example: '1010' },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
  CH: { pattern: /^[1-9]\d{3}$/, example: '8001' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28001' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  GB: {
    pattern: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i,
    example: 'SW1A 1AA',
  },
  IT: { pattern: /^\d{5}$/, example: '00118' },
  NL: { pattern: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i, example: '1012 AB' },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-001' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '114 55' },
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
