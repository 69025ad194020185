import { describe, expect, it } from 'vitest';

import { isValidPostalCode, postalCodeExample } from './postal-codes';

const cases: [string, string[], string[]][] = [
  ['DE', ['10115', '01067'], ['1011', '101155', 'ABCDE']],
  ['AT', ['1010', '6020'], ['0100', '10100']],
  ['CH', ['8001', '3000'], ['800', '80011']],
  ['FR', ['75001', '20000'], ['7500', 'F-75001']],
  ['NL', ['1012 AB', '1012AB', '1012 ab'], ['0123 AB', '1012 SS', '1012']],
  ['GB', ['SW1A 1AA', 'M1 1AE', 'b33 8th', 'EC1A1BB'], ['12345', 'SW1A']],
  ['US', ['10001', '10001-1234'], ['1000', '10001-12', 'ABCDE']],
  ['PL', ['00-001'], ['00001']],
  ['SE', ['114 55', '11455'], ['1145']],
];

describe('isValidPostalCode', () => {
  it.each(cases)('checks %s codes', (country, good, bad) => {
    for (const code of good)
      expect(isValidPostalCode(country, code)).toBe(true);
    for (const code of bad)
      expect(isValidPostalCode(country, code)).toBe(false);
  });

  it('ignores surrounding spaces', () => {
    expect(isValidPostalCode('DE', ' 10115 ')).toBe(true);
  });

  it('accepts any non-empty code for a country without a rule', () => {
    expect(isValidPostalCode('JP', '100-0001')).toBe(true);
    expect(isValidPostalCode('JP', ' ')).toBe(false);
  });

  it('has an example that passes its own rule', () => {
    for (const [country] of cases) {
      const example = postalCodeExample(country) ?? '';
      expect(isValidPostalCode(country, example)).toBe(true);
    }
  });
});
