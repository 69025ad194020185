import { defineMessages } from '../../ui/i18n/catalogue';

export const deleteMessages = defineMessages({
  'delete.title': 'Delete account',
  'delete.firstYourData': 'First, your data',
  'delete.keepCopy':
    'Keep a copy of your profile and addresses before they are gone: a ' +
    'JSON file.',
  'delete.keep': 'Keep my account',
  'delete.atStake': 'The account',
  'delete.email': 'Email',
  'delete.name': 'Name',
  'delete.addresses': 'Addresses',
  'delete.addressCount': { one: '{count} address', other: '{count} addresses' },
  'delete.formTitle': 'Delete the account',
  'delete.cannotUndo':
    'This cannot be undone. You will be signed out, and the email and ' +
    'password will no longer work here.',
  'delete.currentPassword': 'Current password',
  'delete.passwordHint': 'To make sure it is you.',
  'delete.typeWord': 'Type {word} to confirm',
  'delete.typeWordError': 'Type {word} in capitals to confirm.',
  'delete.submit': 'Delete my account',
  'delete.pending': 'Deleting…',
  'delete.changedMeanwhile':
    'Your account was changed elsewhere meanwhile. Check it above, then ' +
    'confirm again.',
  'delete.download': 'Download my data',
  'delete.downloaded': 'Your data is downloaded as {file}.',
  'delete.doneTitle': 'Account deleted',
  'delete.doneHeading': 'Your account is deleted',
  'delete.doneFor':
    'The account for {email} is deleted, and you are signed out.',
  'delete.done': 'The account is deleted, and you are signed out.',
  'delete.newAccount': 'Create a new account',
});

export type DeleteMessages = typeof deleteMessages;
