import type { Translation } from '../../ui/i18n/types';
import type { PasswordMessages } from './messages-en';

export const passwordMessagesDe: Translation<PasswordMessages> = {
  'password.changeTitle': 'Passwort ändern',
  'password.back': 'Zurück zu Ihrem Konto',
  'password.current': 'Aktuelles Passwort',
  'password.new': 'Neues Passwort',
  'password.minHint': 'Mindestens {min} Zeichen.',
  'password.change': 'Passwort ändern',
  'password.changing': 'Passwort wird geändert …',
  'password.changed': 'Passwort geändert.',
  'password.mustDiffer':
    'Wählen Sie ein neues Passwort, das sich vom aktuellen unterscheidet.',

  'password.strength': 'Stärke: {level}.',
  'password.weak': 'Schwach',
  'password.ok': 'Mittel',
  'password.strong': 'Stark',
  'password.tipLength': 'Verwenden Sie mindestens {min} Zeichen.',
  'password.tipCommon':
    'Vermeiden Sie gängige Wörter, Zeichenfolgen und Wiederholungen.',
  'password.tipLonger':
    'Länger ist sicherer: 12 oder mehr Zeichen verschiedener Art.',
  'password.tipMix':
    'Mischen Sie Buchstaben mit Ziffern oder Sonderzeichen, oder wählen ' +
    'Sie es länger.',
  'password.capsLock': 'Die Feststelltaste ist aktiviert.',

  'password.forgotTitle': 'Passwort zurücksetzen',
  'password.sent':
    'Falls es ein Konto für {email} gibt, haben wir einen Link dorthin ' +
    'gesendet, mit dem Sie ein neues Passwort wählen können. Der Link ' +
    'gilt {minutes} Minuten.',
  'password.noEmail':
    'Keine E-Mail erhalten? Sehen Sie im Spam-Ordner nach oder senden Sie ' +
    'den Link erneut.',
  'password.demoMailbox': 'Demo-Modus: Die E-Mail liegt im {mailbox}.',
  'password.mailbox': 'Postfach',
  'password.enterEmail':
    'Geben Sie die E-Mail-Adresse Ihres Kontos ein, und wir senden Ihnen ' +
    'einen Link.',
  'password.resetUnavailable':
    'Das Zurücksetzen des Passworts ist hier nicht möglich. Bitte wenden ' +
    'Sie sich an den Shop.',
  'password.backToSignIn': 'Zurück zur Anmeldung',
  'password.email': 'E-Mail-Adresse',
  'password.sendLink': 'Link zum Zurücksetzen senden',
  'password.sending': 'Wird gesendet …',

  'password.resetTitle': 'Neues Passwort wählen',
  'password.changedSignedIn': 'Passwort geändert. Sie sind angemeldet.',
  'password.signInWithNew': 'Mit dem neuen Passwort anmelden',
  'password.askNewLink': 'Einen neuen Link anfordern',
  'password.chooseNew': 'Wählen Sie ein neues Passwort für Ihr Konto.',
  'password.checkingLink': 'Ihr Link wird geprüft …',
  'password.saving': 'Wird gespeichert …',
  'password.saveNew': 'Neues Passwort speichern',
};
