import { describe, expect, it } from 'vitest';

import { homeAddress, officeAddress } from '../profile/customer-fixture';
import { addressLines, addressName } from './address-text';

describe('address text', () => {
  it('names an address by street and house number', () => {
    expect(addressName(homeAddress)).toBe('Hauptstr. 1');
    expect(addressName({ id: 'x', country: 'FR', city: 'Paris' })).toBe(
      'Paris',
    );
    expect(addressName({ id: 'x', country: 'FR' })).toBe('France');
  });

  it('lists the lines of a postal label with the country by name', () => {
    expect(addressLines(officeAddress)).toEqual([
      'Ringstr. 5',
      '1010 Wien',
      'Austria',
    ]);
    expect(addressLines(homeAddress)).toEqual([
      'Alex Demo',
      'Example GmbH',
      'Hauptstr. 1',
      '10115 Berlin',
      'Germany',
    ]);
  });
});
