import { describe, expect, it } from 'vitest';

import {
  isValidPostalCode,
  normalisePostalCode,
  postalCodeExample,
} from './postal-codes';

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
  ['CA', ['K1A 0B1', 'k1a0b1'], ['K1A 0B', '12345']],
  ['IE', ['D02 X285', 'a65f4e2'], ['D02', 'B02 X285']],
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

describe('normalisePostalCode', () => {
  it.each([
    ['GB', ' sw1a  1aa ', 'SW1A 1AA'],
    ['GB', 'ec1a1bb', 'EC1A 1BB'],
    ['GB', 'm1 1ae', 'M1 1AE'],
    ['CA', 'k1a0b1', 'K1A 0B1'],
    ['IE', 'd02x285', 'D02 X285'],
    ['NL', '1012ab', '1012 AB'],
    ['SE', '11455', '114 55'],
    ['DE', ' 10115 ', '10115'],
    ['PL', '00-001', '00-001'],
    ['US', '10001-1234', '10001-1234'],
  ])('writes a %s code %j as %j', (country, code, written) => {
    expect(normalisePostalCode(country, code)).toBe(written);
  });

  it('only tidies codes of countries without a rule, keeping their case', () => {
    expect(normalisePostalCode('JP', ' 100-0001 ')).toBe('100-0001');
    expect(normalisePostalCode('AR', 'c1002  abc')).toBe('c1002 abc');
  });

  it('does not reshape a code that does not fit its rule', () => {
    expect(normalisePostalCode('GB', ' not  a code ')).toBe('not a code');
  });

  it('gives every country an example already in its written form', () => {
    for (const [country] of cases) {
      const example = postalCodeExample(country) ?? '';
      expect(normalisePostalCode(country, example)).toBe(example);
    }
  });
});
