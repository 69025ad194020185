import { defineMessages } from '../../ui/i18n/catalogue';

export const addressMessages = defineMessages({
  'address.title': 'Addresses',
  'address.loading': 'Loading your addresses…',
  'address.none': 'You have no saved addresses yet.',
  'address.add': 'Add address',
  'address.edit': 'Edit address',
  'address.theAddress': 'The address',
  'address.removed': 'Address removed.',
  'address.added': 'Address added.',
  'address.saved': 'Address saved.',
  'address.upToDate': 'Address is up to date.',
  'address.nothingToSave': 'Nothing to save.',
  'address.changedElsewhere':
    'Your addresses were changed in another place meanwhile. Try again.',
  'address.removedElsewhere': 'This address was removed in another place.',
  'address.nowDefaultShipping': '{name} is now your default shipping address.',
  'address.nowDefaultBilling': '{name} is now your default billing address.',
  'address.defaultMovedShipping':
    // One literal, so the type knows its placeholders.
    'Your default shipping address was changed in another place to {other}. To use {name} instead, press "Set as default shipping" again.',
  'address.defaultMovedBilling':
    // One literal, so the type knows its placeholders.
    'Your default billing address was changed in another place to {other}. To use {name} instead, press "Set as default billing" again.',

  'address.country': 'Country',
  'address.streetName': 'Street',
  'address.streetNumber': 'House number',
  'address.postalCode': 'Postal code',
  'address.city': 'City',
  'address.firstName': 'First name',
  'address.lastName': 'Last name',
  'address.phone': 'Phone',
  'address.optional': 'Optional.',
  'address.example': 'For example {example}.',
  'address.useThis': 'Use this address',
  'address.useShipping': 'Use for shipping',
  'address.useBilling': 'Use for billing',
  'address.defaultShipping': 'Default shipping',
  'address.defaultBilling': 'Default billing',
  'address.save': 'Save',
  'address.saving': 'Saving…',
  'address.cancel': 'Cancel',
  'address.goneNotice':
    'This address was removed in another place. What you typed is still ' +
    'here.',
  'address.addAsNew': 'Add it as a new address',
  'address.review':
    'This address was changed in another place meanwhile. Choose which ' +
    'value to keep, then press Save.',
  'address.again':
    'This address was changed in another place again. Your changes are ' +
    'still here: press Save to send them.',
  'address.chooseValue': 'Choose which value to keep for {label}.',
  'address.chooseDefaultShipping':
    'Choose which address to keep as your default shipping address.',
  'address.chooseDefaultBilling':
    'Choose which address to keep as your default billing address.',
  'address.defaultChangedShipping':
    'Your default shipping address was changed in another place meanwhile',
  'address.defaultChangedBilling':
    'Your default billing address was changed in another place meanwhile',
  'address.makeDefault': 'Make this address the default: {address}',
  'address.keepTheirs': 'Keep the default saved elsewhere: {address}',
  'address.noneSet': '(none)',

  'address.tooLong': 'Use at most 100 characters.',
  'address.chooseCountry': 'Choose a country.',
  'address.enterStreet': 'Enter the street.',
  'address.enterNumber': 'Enter the house number.',
  'address.enterCity': 'Enter the city.',
  'address.phoneDigits': 'Enter a phone number with digits only.',
  'address.enterPostalCode': 'Enter the postal code.',
  'address.postalCodeFor': 'This is not a postal code for {country}.',
  'address.postalCodeForExample':
    'This is not a postal code for {country}, e.g. {example}.',

  'address.phoneLine': 'Phone {phone}',
  'address.usedBoth': 'Used for shipping and billing.',
  'address.usedShipping': 'Used for shipping.',
  'address.usedBilling': 'Used for billing.',
  'address.unused': 'Not used for shipping or billing.',
  'address.editButton': 'Edit',
  'address.editName': 'Edit {name}',
  'address.removeButton': 'Remove',
  'address.removeName': 'Remove {name}',
  'address.setDefaultShipping': 'Set as default shipping',
  'address.setDefaultBilling': 'Set as default billing',
  'address.setNameDefaultShipping': 'Set {name} as default shipping',
  'address.setNameDefaultBilling': 'Set {name} as default billing',

  'address.removeTitle': 'Remove this address?',
  'address.removeDefaultShipping':
    'This is your default shipping address. After removing it you have no ' +
    'default shipping address until you choose another one.',
  'address.removeDefaultBilling':
    'This is your default billing address. After removing it you have no ' +
    'default billing address until you choose another one.',
  'address.removeDefaultBoth':
    'This is your default shipping and billing address. After removing it ' +
    'you have no default shipping or billing address until you choose ' +
    'another one.',
  'address.keep': 'Keep address',
  'address.confirmRemoveDefault': 'Yes, remove default address',
  'address.confirmRemove': 'Yes, remove address',
});

export type AddressMessages = typeof addressMessages;
