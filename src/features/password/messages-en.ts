import { defineMessages } from '../../ui/i18n/catalogue';

export const passwordMessages = defineMessages({
  'password.changeTitle': 'Change password',
  'password.back': 'Back to your account',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.minHint': 'At least {min} characters.',
  'password.change': 'Change password',
  'password.changing': 'Changing password…',
  'password.changed': 'Password changed.',
  'password.mustDiffer':
    'Choose a new password that differs from the current one.',

  'password.strength': 'Strength: {level}.',
  'password.weak': 'Weak',
  'password.ok': 'OK',
  'password.strong': 'Strong',
  'password.tipLength': 'Use at least {min} characters.',
  'password.tipCommon':
    'Avoid common words, sequences and repeated characters.',
  'password.tipLonger':
    'Longer is stronger: 12 or more characters with a mix of kinds.',
  'password.tipMix': 'Mix letters with numbers or symbols, or make it longer.',
  'password.capsLock': 'Caps Lock is on.',

  'password.forgotTitle': 'Reset your password',
  'password.sent':
    // One literal, so the type knows its placeholders.
    'If there is an account for {email}, we have sent it a link to choose a new password. The link works for {minutes} minutes.',
  'password.noEmail':
    'No email? Check your spam folder, or send the link again.',
  'password.demoMailbox': 'Demo mode: the email is in the {mailbox}.',
  'password.mailbox': 'mailbox',
  'password.enterEmail':
    'Enter the email of your account and we will send you a link.',
  'password.resetUnavailable':
    'Password reset is not available here. Please contact the shop.',
  'password.backToSignIn': 'Back to sign in',
  'password.email': 'Email',
  'password.sendLink': 'Send reset link',
  'password.sending': 'Sending…',

  'password.resetTitle': 'Choose a new password',
  'password.changedSignedIn': 'Password changed. You are signed in.',
  'password.signInWithNew': 'Sign in with your new password',
  'password.askNewLink': 'Ask for a new link',
  'password.chooseNew': 'Choose a new password for your account.',
  'password.checkingLink': 'Checking your link…',
  'password.saving': 'Saving…',
  'password.saveNew': 'Save new password',
});

export type PasswordMessages = typeof passwordMessages;
