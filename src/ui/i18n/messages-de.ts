import type { Translation } from './types';
import type { CoreMessages } from './messages-en';

export const coreMessagesDe: Translation<CoreMessages> = {
  'app.skipLink': 'Zum Hauptinhalt springen',
  'app.name': 'Mein Konto',
  'app.navAccount': 'Konto',
  'app.navShop': 'Shop',
  'app.navOverview': 'Übersicht',
  'app.navProfile': 'Profil',
  'app.navAddresses': 'Adressen',
  'app.navCart': 'Warenkorb',
  'app.itemWord': { one: 'Artikel', other: 'Artikel' },
  'app.demoMode':
    'Demo-Modus: Der Shop wird in diesem Browser nachgebildet; es wird ' +
    'kein echtes Konto verwendet.',
  'app.mailboxNote': '{mailbox}: die E-Mails, die der Shop gesendet hätte.',
  'app.mailbox': 'Postfach',
  'app.signOut': 'Abmelden',
  'app.yourAccount': 'Ihr Konto',
  'app.loading': 'Wird geladen …',
  'app.notFoundTitle': 'Seite nicht gefunden',
  'app.notFoundText': 'Unter dieser Adresse gibt es keine Seite.',
  'app.goToAccount': 'Zu Ihrem Konto',
  'app.errorTitle': 'Etwas ist schiefgelaufen',
  'app.errorText':
    'Diese Seite konnte nicht angezeigt werden. Neu laden hilft meistens.',
  'app.reload': 'Neu laden',
  'language.label': 'Sprache',
  'language.loadFailed':
    '{language} konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'app.draftRestored':
    'Ihre Sitzung war abgelaufen. Was Sie eingegeben hatten, steht wieder ' +
    'im Formular: Prüfen Sie es und klicken Sie auf Speichern.',
  'leave.title': 'Ohne Speichern verlassen?',
  'leave.text':
    'Sie haben Änderungen, die noch nicht gespeichert sind. Wenn Sie die ' +
    'Seite jetzt verlassen, gehen sie verloren.',
  'leave.stay': 'Auf dieser Seite bleiben',
  'leave.leave': 'Ohne Speichern verlassen',

  'ui.errorSummaryTitle': 'Es gibt ein Problem',
  'ui.showPassword': 'Passwort anzeigen',
  'ui.tryAgain': 'Erneut versuchen',

  'error.unavailable':
    'Der Dienst ist nicht erreichbar. Bitte versuchen Sie es erneut.',
  'error.generic':
    'Etwas ist schiefgelaufen. Bitte versuchen Sie es noch einmal.',
  'error.wrongCredentials': 'E-Mail-Adresse oder Passwort ist falsch.',
  'error.wrongCredentialsStore':
    'E-Mail-Adresse oder Passwort ist falsch. Mit einem Konto aus einem ' +
    'unserer anderen Shops können Sie sich hier nicht anmelden.',
  'error.duplicateEmail':
    'Es gibt bereits ein Konto mit dieser E-Mail-Adresse.',
  'error.duplicateValue': 'Dieser Wert wird bereits verwendet.',
  'error.wrongCurrentPassword': 'Das aktuelle Passwort ist falsch.',
  'error.changedElsewhere':
    'Dieses Konto wurde an anderer Stelle geändert. Bitte prüfen und ' +
    'erneut speichern.',
  'error.required': 'Dieses Feld ist erforderlich.',
  'error.invalidField': 'Dieser Wert wird nicht akzeptiert.',
  'error.invalidInput': 'Einige Angaben sind ungültig.',
  'error.invalidOperation': 'Diese Änderung ist nicht möglich.',
  'error.locked':
    'Dies wird gerade geändert. Bitte versuchen Sie es gleich noch einmal.',
  'error.notFound': 'Dieses Konto wurde nicht gefunden.',
  'error.tooManyRequests':
    'Das wurde gerade zu oft angefragt. Bitte warten Sie kurz und versuchen Sie es erneut.',
  'error.linkExpiredAskNew':
    'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
  'error.sessionEnded':
    'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',

  'link.expired': 'Dieser Link ist abgelaufen.',
  'link.invalid':
    'Dieser Link funktioniert nicht. Vielleicht wurde er schon verwendet ' +
    'oder durch einen neueren Link ersetzt.',
  'link.failed':
    'Dieser Link konnte nicht geprüft werden. Bitte versuchen Sie es ' +
    'noch einmal.',

  'field.emailRequired': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'field.emailSpaces': 'Eine E-Mail-Adresse enthält keine Leerzeichen.',
  'field.emailFormat':
    'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'field.passwordTooShort': 'Das Passwort muss mindestens {min} Zeichen haben.',
  'field.passwordRequired': 'Geben Sie Ihr Passwort ein.',
  'field.tooLong': '{label} darf höchstens {max} Zeichen haben.',
};
