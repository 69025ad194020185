import type { Translation } from '../../ui/i18n/types';
import type { DeleteMessages } from './messages-en';

export const deleteMessagesDe: Translation<DeleteMessages> = {
  'delete.title': 'Konto löschen',
  'delete.firstYourData': 'Zuerst Ihre Daten',
  'delete.keepCopy':
    'Bewahren Sie eine Kopie Ihres Profils und Ihrer Adressen auf, bevor ' +
    'sie gelöscht werden: eine JSON-Datei.',
  'delete.keep': 'Mein Konto behalten',
  'delete.atStake': 'Das Konto',
  'delete.email': 'E-Mail-Adresse',
  'delete.name': 'Name',
  'delete.addresses': 'Adressen',
  'delete.addressCount': { one: '{count} Adresse', other: '{count} Adressen' },
  'delete.formTitle': 'Das Konto löschen',
  'delete.cannotUndo':
    'Das lässt sich nicht rückgängig machen. Sie werden abgemeldet, und ' +
    'E-Mail-Adresse und Passwort funktionieren hier nicht mehr.',
  'delete.currentPassword': 'Aktuelles Passwort',
  'delete.passwordHint': 'Damit wir sicher sind, dass Sie es sind.',
  'delete.typeWord': 'Geben Sie zur Bestätigung {word} ein',
  'delete.typeWordError':
    'Geben Sie zur Bestätigung {word} in Großbuchstaben ein.',
  'delete.submit': 'Mein Konto löschen',
  'delete.pending': 'Wird gelöscht …',
  'delete.changedMeanwhile':
    'Ihr Konto wurde inzwischen an anderer Stelle geändert. Prüfen Sie es ' +
    'oben und bestätigen Sie dann erneut.',
  'delete.download': 'Meine Daten herunterladen',
  'delete.downloaded': 'Ihre Daten wurden als {file} heruntergeladen.',
  'delete.doneTitle': 'Konto gelöscht',
  'delete.doneHeading': 'Ihr Konto ist gelöscht',
  'delete.doneFor':
    'Das Konto für {email} ist gelöscht, und Sie sind abgemeldet.',
  'delete.done': 'Das Konto ist gelöscht, und Sie sind abgemeldet.',
  'delete.newAccount': 'Neues Konto erstellen',
};
