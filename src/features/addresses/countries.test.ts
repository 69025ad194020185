import { describe, expect, it } from 'vitest';

import { countryCodes, countryName, countryOptions } from './countries';

describe('countries', () => {
  it('offers the countries the shop ships to', () => {
    for (const code of ['DE', 'AT', 'CH', 'FR', 'NL', 'BE', 'IT', 'ES']) {
      expect(countryCodes).toContain(code);
    }
    for (const code of ['GB', 'US', 'PL', 'DK', 'SE']) {
      expect(countryCodes).toContain(code);
    }
  });

  it('shows codes by name', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('CH')).toBe('Switzerland');
  });

  it('sorts by name and keeps a stored country outside the list', () => {
    const options = countryOptions('JP');
    const names = options.map((o) => o.name);

    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(options).toContainEqual({ code: 'JP', name: 'Japan' });
    expect(countryOptions().some((o) => o.code === 'JP')).toBe(false);
  });

  it('names and sorts the countries in the UI language', () => {
    const names = countryOptions(undefined, 'de').map((o) => o.name);

    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(names).toContain('Österreich');
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'));
  });
});
