import { describe, expect, it } from 'vitest';

import { makeCustomer } from './customer-fixture';
import { profileToActions } from './profile-to-actions';
import { customerToProfileValues } from './profile-values';

const customer = makeCustomer({ middleName: 'J.', vatId: 'DE123' });
const unchanged = customerToProfileValues(customer);

describe('profileToActions', () => {
  it('sends nothing when nothing changed', () => {
    expect(profileToActions(customer, unchanged)).toEqual([]);
  });

  it('ignores whitespace around an unchanged value', () => {
    const values = {
      ...unchanged,
      firstName: '  Alex ',
      email: ' alex.demo@example.com',
    };

    expect(profileToActions(customer, values)).toEqual([]);
  });

  it('sends one trimmed action per changed field', () => {
    const values = { ...unchanged, lastName: ' Sample ' };

    expect(profileToActions(customer, values)).toStrictEqual([
      { action: 'setLastName', lastName: 'Sample' },
    ]);
  });

  it('sets and unsets the preferred language', () => {
    expect(
      profileToActions(customer, { ...unchanged, locale: 'de' }),
    ).toStrictEqual([{ action: 'setLocale', locale: 'de' }]);
    const english = makeCustomer({ locale: 'en' });
    const cleared = { ...customerToProfileValues(english), locale: '' };

    expect(profileToActions(english, cleared)).toStrictEqual([
      { action: 'setLocale' },
    ]);
  });

  it('unsets a cleared field with an action that carries no value', () => {
    const values = { ...unchanged, middleName: '  ', vatId: '' };

    expect(profileToActions(customer, values)).toStrictEqual([
      { action: 'setMiddleName' },
      { action: 'setVatId' },
    ]);
  });

  it('sets fields the customer did not have yet', () => {
    const values = {
      ...unchanged,
      salutation: 'Dear Alex',
      title: 'Dr.',
      dateOfBirth: '1990-04-01',
      companyName: 'Example Ltd',
    };

    expect(profileToActions(customer, values)).toStrictEqual([
      { action: 'setSalutation', salutation: 'Dear Alex' },
      { action: 'setTitle', title: 'Dr.' },
      { action: 'setDateOfBirth', dateOfBirth: '1990-04-01' },
      { action: 'setCompanyName', companyName: 'Example Ltd' },
    ]);
  });

  it('never changes the email: that needs the password on its own page', () => {
    const values = {
      ...unchanged,
      firstName: 'Sam',
      email: 'sam.sample@example.test',
    };

    expect(profileToActions(customer, values)).toStrictEqual([
      { action: 'setFirstName', firstName: 'Sam' },
    ]);
  });
});
