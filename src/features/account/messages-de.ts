import type { Translation } from '../../ui/i18n/types';
import type { AccountMessages } from './messages-en';

export const accountMessagesDe: Translation<AccountMessages> = {
  'account.pageTitle': 'Übersicht',
  'account.loading': 'Ihr Konto wird geladen …',
  'account.hello': 'Hallo',
  'account.helloName': 'Hallo, {name}',
  'account.contact': 'Kontakt',
  'account.notVerified': 'Nicht bestätigt',
  'account.editProfile': 'Profil bearbeiten',
  'account.defaultAddresses': 'Standardadressen',
  'account.shipping': 'Lieferung',
  'account.billing': 'Rechnung',
  'account.notSet': 'Nicht festgelegt',
  'account.manageAddresses': 'Adressen verwalten',
  'account.security': 'Anmeldung und Sicherheit',
  'account.changeEmail': 'E-Mail-Adresse ändern',
  'account.changePassword': 'Passwort ändern',
  'account.deleteAccount': 'Konto löschen',
};
