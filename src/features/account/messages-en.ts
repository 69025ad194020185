import { defineMessages } from '../../ui/i18n/catalogue';

export const accountMessages = defineMessages({
  'account.pageTitle': 'Overview',
  'account.loading': 'Loading your account…',
  'account.hello': 'Hello',
  'account.helloName': 'Hello, {name}',
  'account.contact': 'Contact',
  'account.notVerified': 'Not verified',
  'account.editProfile': 'Edit profile',
  'account.defaultAddresses': 'Default addresses',
  'account.shipping': 'Shipping',
  'account.billing': 'Billing',
  'account.notSet': 'Not set',
  'account.manageAddresses': 'Manage addresses',
  'account.security': 'Sign-in and security',
  'account.changeEmail': 'Change email',
  'account.changePassword': 'Change password',
  'account.deleteAccount': 'Delete account',
});

export type AccountMessages = typeof accountMessages;
