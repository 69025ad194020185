import type { Translation } from '../../ui/i18n/types';
import type { ProfileMessages } from './messages-en';

export const profileMessagesDe: Translation<ProfileMessages> = {
  'profile.title': 'Profil',
  'profile.loading': 'Ihr Profil wird geladen …',

  'profile.email': 'E-Mail-Adresse',
  'profile.salutation': 'Anrede',
  'profile.titleField': 'Titel',
  'profile.firstName': 'Vorname',
  'profile.middleName': 'Zweiter Vorname',
  'profile.lastName': 'Nachname',
  'profile.dateOfBirth': 'Geburtsdatum',
  'profile.companyName': 'Firma',
  'profile.vatId': 'USt-IdNr.',
  'profile.locale': 'Bevorzugte Sprache',
  'profile.localeNotSet': 'Nicht festgelegt',

  'profile.notVerified': 'Noch nicht bestätigt.',
  'profile.changeEmail': 'E-Mail-Adresse ändern',
  'profile.save': 'Speichern',
  'profile.saving': 'Wird gespeichert …',
  'profile.saved': 'Gespeichert.',
  'profile.upToDate': 'Auf dem neuesten Stand.',
  'profile.nothingToSave': 'Nichts zu speichern.',
  'profile.review':
    'Ihr Profil wurde inzwischen an anderer Stelle geändert. Wählen Sie ' +
    'unten, welcher Wert bleiben soll, und klicken Sie dann auf Speichern.',
  'profile.again':
    'Ihr Profil wurde erneut an anderer Stelle geändert. Ihre Änderungen ' +
    'sind noch da: Klicken Sie auf Speichern, um sie zu senden.',
  'profile.chooseWhich': 'Wählen Sie, welcher Wert für „{label}“ bleiben soll.',

  'profile.dateFormat': 'Geben Sie das Datum als JJJJ-MM-TT ein.',
  'profile.dateReal': 'Geben Sie ein gültiges Datum ein.',
  'profile.dateRange': 'Geben Sie ein Datum zwischen 1900 und heute ein.',
  'profile.localeUnknown': 'Wählen Sie eine der angebotenen Sprachen.',

  'conflict.legend': '{label} wurde auch an anderer Stelle geändert',
  'conflict.mine': 'Ihre Änderung: {value}',
  'conflict.theirs': 'Anderswo gespeichert: {value}',
  'conflict.yes': 'Ja',
  'conflict.no': 'Nein',
  'conflict.empty': '(leer)',
};
