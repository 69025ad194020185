import type { Translation } from '../../ui/i18n/types';
import type { EmailMessages } from './messages-en';

export const emailMessagesDe: Translation<EmailMessages> = {
  'email.title': 'E-Mail-Adresse',
  'email.back': 'Zurück zu Ihrem Konto',
  'email.yours': 'Ihre E-Mail-Adresse',
  'email.verified': 'Bestätigt',
  'email.notVerified': 'Nicht bestätigt',
  'email.changeTitle': 'E-Mail-Adresse ändern',
  'email.newEmail': 'Neue E-Mail-Adresse',
  'email.currentPassword': 'Aktuelles Passwort',
  'email.currentPasswordHint': 'Damit wir sicher sind, dass Sie es sind.',
  'email.change': 'E-Mail-Adresse ändern',
  'email.changing': 'E-Mail-Adresse wird geändert …',
  'email.changed':
    'Ihre E-Mail-Adresse ist jetzt {email}. Sie ist noch nicht bestätigt.',
  'email.same': 'Das ist bereits Ihre E-Mail-Adresse.',

  'email.verifyTitle': 'E-Mail-Adresse bestätigen',
  'email.confirming': 'Ihre E-Mail-Adresse wird bestätigt …',
  'email.thankYou': 'Danke: {email} ist bestätigt.',
  'email.signIn': 'Anmelden',
  'email.signInForLink': 'Melden Sie sich an, um einen neuen Link anzufordern',
  'email.verifiedAlready': 'Ihre E-Mail-Adresse {email} ist bereits bestätigt.',

  'mailbox.title': 'Postfach',
  'mailbox.intro':
    'Demo-Modus: die E-Mails, die der Shop gesendet hätte, die neueste ' +
    'zuerst. Nichts verlässt diesen Browser.',
  'mailbox.check': 'Nach neuen E-Mails sehen',
  'mailbox.empty': 'Noch keine E-Mails.',
  'mailbox.resetSubject': 'Passwort zurücksetzen',
  'mailbox.verifySubject': 'E-Mail-Adresse bestätigen',
  'mailbox.to': 'An {email}, {when}',
  'mailbox.linkUntil': '{link} (der Link funktioniert bis {when})',
};
