import { defineMessages } from '../../ui/i18n/catalogue';

export const profileMessages = defineMessages({
  'profile.title': 'Profile',
  'profile.loading': 'Loading your profile…',

  'profile.email': 'Email',
  'profile.salutation': 'Salutation',
  'profile.titleField': 'Title',
  'profile.firstName': 'First name',
  'profile.middleName': 'Middle name',
  'profile.lastName': 'Last name',
  'profile.dateOfBirth': 'Date of birth',
  'profile.companyName': 'Company',
  'profile.vatId': 'VAT ID',
  'profile.locale': 'Preferred language',
  'profile.localeNotSet': 'Not set',

  'profile.notVerified': 'Not verified yet.',
  'profile.changeEmail': 'Change email',
  'profile.save': 'Save',
  'profile.saving': 'Saving…',
  'profile.saved': 'Saved.',
  'profile.upToDate': 'Up to date.',
  'profile.nothingToSave': 'Nothing to save.',
  'profile.review':
    'Your profile was changed in another place meanwhile. ' +
    'Choose which value to keep below, then press Save.',
  'profile.again':
    'Your profile was changed in another place again. ' +
    'Your changes are still here: press Save to send them.',
  'profile.chooseWhich': 'Choose which {label} to keep.',

  'profile.dateFormat': 'Enter the date as YYYY-MM-DD.',
  'profile.dateReal': 'Enter a real date.',
  'profile.dateRange': 'Enter a date between 1900 and today.',
  'profile.localeUnknown': 'Choose one of the languages offered.',

  'conflict.legend': '{label} was also changed elsewhere',
  'conflict.mine': 'Your change: {value}',
  'conflict.theirs': 'Saved elsewhere: {value}',
  'conflict.yes': 'Yes',
  'conflict.no': 'No',
  'conflict.empty': '(empty)',
});

export type ProfileMessages = typeof profileMessages;
