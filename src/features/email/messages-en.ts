import { defineMessages } from '../../ui/i18n/catalogue';

export const emailMessages = defineMessages({
  'email.title': 'Email',
  'email.back': 'Back to your account',
  'email.yours': 'Your email',
  'email.verified': 'Verified',
  'email.notVerified': 'Not verified',
  'email.changeTitle': 'Change email',
  'email.newEmail': 'New email',
  'email.currentPassword': 'Current password',
  'email.currentPasswordHint': 'To make sure it is you.',
  'email.change': 'Change email',
  'email.changing': 'Changing email…',
  'email.changed': 'Your email is now {email}. It is not verified yet.',
  'email.same': 'This is your email already.',

  'email.verifyTitle': 'Verify your email',
  'email.confirming': 'Confirming your email…',
  'email.thankYou': 'Thank you: {email} is verified.',
  'email.signIn': 'Sign in',
  'email.signInForLink': 'Sign in to ask for a new link',
  'email.verifiedAlready': 'Your email {email} is verified already.',

  'mailbox.title': 'Mailbox',
  'mailbox.intro':
    'Demo mode: the emails the shop would have sent, newest first. ' +
    'Nothing leaves this browser.',
  'mailbox.check': 'Check for new email',
  'mailbox.empty': 'No emails yet.',
  'mailbox.resetSubject': 'Reset your password',
  'mailbox.verifySubject': 'Verify your email',
  'mailbox.to': 'To {email}, {when}',
  'mailbox.linkUntil': '{link} (the link works until {when})',
});

export type EmailMessages = typeof emailMessages;
