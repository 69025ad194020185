import { defineMessages } from '../../ui/i18n/catalogue';

/**
 * The verification banner and its button: on every page, so their words
 * ship with the shell; the email pages have their own catalogue.
 */
export const verifyMessages = defineMessages({
  'verify.bannerTitle': 'Please verify your email.',
  'verify.bannerText':
    'To confirm that {email} is yours, we send a link to it.',
  'verify.send': 'Send verification link',
  'verify.sent': 'We sent a link to {email}. Open it to verify your email.',
  'verify.askAgainNow': 'You can ask for another link now.',
  'verify.askAgainIn': {
    one: 'You can ask for another link in {count} second.',
    other: 'You can ask for another link in {count} seconds.',
  },
});

export type VerifyMessages = typeof verifyMessages;
