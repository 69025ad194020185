import { defineMessages } from './catalogue';

/**
 * The app shell's and shared components' English; the source of their
 * keys. Features keep their own catalogue next to their code.
 */
export const coreMessages = defineMessages({
  'app.skipLink': 'Skip to main content',
  'app.name': 'My Account',
  'app.navAccount': 'Account',
  'app.navShop': 'Shop',
  'app.navOverview': 'Overview',
  'app.navProfile': 'Profile',
  'app.navAddresses': 'Addresses',
  // The cart link is in every page's header: its words ship with the shell.
  'app.navCart': 'Cart',
  'app.itemWord': { one: 'item', other: 'items' },
  'app.demoMode':
    'Demo mode: the shop is emulated in this browser; no real account is used.',
  'app.mailboxNote': '{mailbox}: the emails the shop would have sent.',
  'app.mailbox': 'Mailbox',
  'app.signOut': 'Sign out',
  'app.yourAccount': 'Your account',
  'app.loading': 'Loading…',
  'app.notFoundTitle': 'Page not found',
  'app.notFoundText': 'There is no page at this address.',
  'app.goToAccount': 'Go to your account',
  'app.errorTitle': 'Something went wrong',
  'app.errorText': 'This page could not be shown. Reloading usually helps.',
  'app.reload': 'Reload',
  'language.label': 'Language',
  'language.loadFailed':
    '{language} could not be loaded. Check the connection and try again.',
  'app.draftRestored':
    'Your session had ended. What you typed is back in the form: check it ' +
    'and press Save.',
  'leave.title': 'Leave without saving?',
  'leave.text':
    'You have changes that are not saved yet. If you leave now, they are ' +
    'lost.',
  'leave.stay': 'Stay on this page',
  'leave.leave': 'Leave without saving',

  'ui.errorSummaryTitle': 'There is a problem',
  'ui.showPassword': 'Show password',
  'ui.tryAgain': 'Try again',

  'error.unavailable': 'The service is unavailable, try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.wrongCredentials': 'Email or password is wrong.',
  'error.wrongCredentialsStore':
    'Email or password is wrong. An account from another of our shops ' +
    'cannot sign in here.',
  'error.duplicateEmail': 'An account with this email already exists.',
  'error.duplicateValue': 'This value is already in use.',
  'error.wrongCurrentPassword': 'The current password is wrong.',
  'error.changedElsewhere':
    'This account was changed elsewhere. Review and save again.',
  'error.required': 'This field is required.',
  'error.invalidField': 'This value is not accepted.',
  'error.invalidInput': 'Some details are not valid.',
  'error.invalidOperation': 'That change is not possible.',
  'error.locked': 'This is being changed right now. Try again in a moment.',
  'error.notFound': 'This account could not be found.',
  'error.tooManyRequests':
    'That was asked for too often just now. Please wait a moment and try again.',
  'error.linkExpiredAskNew': 'This link has expired. Ask for a new one.',
  'error.sessionEnded': 'Your session has ended. Please sign in again.',

  'link.expired': 'This link has expired.',
  'link.invalid':
    'This link does not work. It may have been used already, or a newer ' +
    'link replaced it.',
  'link.failed': 'This link could not be checked. Please try again.',

  'field.emailRequired': 'Enter your email address.',
  'field.emailSpaces': 'An email address has no spaces.',
  'field.emailFormat': 'Enter an email address like name@example.com.',
  'field.passwordTooShort': 'Password must have at least {min} characters.',
  'field.passwordRequired': 'Enter your password.',
  'field.tooLong': '{label} can have at most {max} characters.',
});

export type CoreMessages = typeof coreMessages;
