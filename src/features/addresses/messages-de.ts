import type { Translation } from '../../ui/i18n/types';
import type { AddressMessages } from './messages-en';

export const addressMessagesDe: Translation<AddressMessages> = {
  'address.title': 'Adressen',
  'address.loading': 'Ihre Adressen werden geladen …',
  'address.none': 'Sie haben noch keine Adressen gespeichert.',
  'address.add': 'Adresse hinzufügen',
  'address.edit': 'Adresse bearbeiten',
  'address.theAddress': 'Die Adresse',
  'address.removed': 'Adresse entfernt.',
  'address.added': 'Adresse hinzugefügt.',
  'address.saved': 'Adresse gespeichert.',
  'address.upToDate': 'Die Adresse ist auf dem neuesten Stand.',
  'address.nothingToSave': 'Nichts zu speichern.',
  'address.changedElsewhere':
    'Ihre Adressen wurden inzwischen an anderer Stelle geändert. Bitte ' +
    'versuchen Sie es erneut.',
  'address.removedElsewhere': 'Diese Adresse wurde an anderer Stelle entfernt.',
  'address.nowDefaultShipping': '{name} ist jetzt Ihre Standard-Lieferadresse.',
  'address.nowDefaultBilling':
    '{name} ist jetzt Ihre Standard-Rechnungsadresse.',
  'address.defaultMovedShipping':
    'Ihre Standard-Lieferadresse wurde an anderer Stelle auf {other} ' +
    'geändert. Um stattdessen {name} zu verwenden, klicken Sie erneut auf ' +
    '„Als Standard-Lieferadresse festlegen“.',
  'address.defaultMovedBilling':
    'Ihre Standard-Rechnungsadresse wurde an anderer Stelle auf {other} ' +
    'geändert. Um stattdessen {name} zu verwenden, klicken Sie erneut auf ' +
    '„Als Standard-Rechnungsadresse festlegen“.',

  'address.country': 'Land',
  'address.streetName': 'Straße',
  'address.streetNumber': 'Hausnummer',
  'address.postalCode': 'Postleitzahl',
  'address.city': 'Ort',
  'address.firstName': 'Vorname',
  'address.lastName': 'Nachname',
  'address.phone': 'Telefon',
  'address.optional': 'Optional.',
  'address.example': 'Zum Beispiel {example}.',
  'address.useThis': 'Diese Adresse verwenden',
  'address.useShipping': 'Für Lieferungen verwenden',
  'address.useBilling': 'Für Rechnungen verwenden',
  'address.defaultShipping': 'Standard-Lieferadresse',
  'address.defaultBilling': 'Standard-Rechnungsadresse',
  'address.save': 'Speichern',
  'address.saving': 'Wird gespeichert …',
  'address.cancel': 'Abbrechen',
  'address.goneNotice':
    'Diese Adresse wurde an anderer Stelle entfernt. Was Sie eingegeben ' +
    'haben, ist noch da.',
  'address.addAsNew': 'Als neue Adresse hinzufügen',
  'address.review':
    'Diese Adresse wurde inzwischen an anderer Stelle geändert. Wählen ' +
    'Sie, welcher Wert bleiben soll, und klicken Sie dann auf Speichern.',
  'address.again':
    'Diese Adresse wurde erneut an anderer Stelle geändert. Ihre ' +
    'Änderungen sind noch da: Klicken Sie auf Speichern, um sie zu senden.',
  'address.chooseValue': 'Wählen Sie, welcher Wert für {label} bleiben soll.',
  'address.chooseDefaultShipping':
    'Wählen Sie, welche Adresse Ihre Standard-Lieferadresse bleiben soll.',
  'address.chooseDefaultBilling':
    'Wählen Sie, welche Adresse Ihre Standard-Rechnungsadresse bleiben soll.',
  'address.defaultChangedShipping':
    'Ihre Standard-Lieferadresse wurde inzwischen an anderer Stelle geändert',
  'address.defaultChangedBilling':
    'Ihre Standard-Rechnungsadresse wurde inzwischen an anderer Stelle ' +
    'geändert',
  'address.makeDefault': 'Diese Adresse als Standard festlegen: {address}',
  'address.keepTheirs':
    'Den anderswo gespeicherten Standard behalten: {address}',
  'address.noneSet': '(keine)',

  'address.tooLong': 'Verwenden Sie höchstens 100 Zeichen.',
  'address.chooseCountry': 'Wählen Sie ein Land.',
  'address.enterStreet': 'Geben Sie die Straße ein.',
  'address.enterNumber': 'Geben Sie die Hausnummer ein.',
  'address.enterCity': 'Geben Sie den Ort ein.',
  'address.phoneDigits': 'Geben Sie eine Telefonnummer nur mit Ziffern ein.',
  'address.enterPostalCode': 'Geben Sie die Postleitzahl ein.',
  'address.postalCodeFor': 'Das ist keine Postleitzahl für {country}.',
  'address.postalCodeForExample':
    'Das ist keine Postleitzahl für {country}, z. B. {example}.',

  'address.phoneLine': 'Telefon {phone}',
  'address.usedBoth': 'Für Lieferungen und Rechnungen verwendet.',
  'address.usedShipping': 'Für Lieferungen verwendet.',
  'address.usedBilling': 'Für Rechnungen verwendet.',
  'address.unused': 'Weder für Lieferungen noch für Rechnungen verwendet.',
  'address.editButton': 'Bearbeiten',
  'address.editName': '{name} bearbeiten',
  'address.removeButton': 'Entfernen',
  'address.removeName': '{name} entfernen',
  'address.setDefaultShipping': 'Als Standard-Lieferadresse festlegen',
  'address.setDefaultBilling': 'Als Standard-Rechnungsadresse festlegen',
  'address.setNameDefaultShipping':
    '{name} als Standard-Lieferadresse festlegen',
  'address.setNameDefaultBilling':
    '{name} als Standard-Rechnungsadresse festlegen',

  'address.removeTitle': 'Diese Adresse entfernen?',
  'address.removeDefaultShipping':
    'Dies ist Ihre Standard-Lieferadresse. Nach dem Entfernen haben Sie ' +
    'keine Standard-Lieferadresse, bis Sie eine andere wählen.',
  'address.removeDefaultBilling':
    'Dies ist Ihre Standard-Rechnungsadresse. Nach dem Entfernen haben Sie ' +
    'keine Standard-Rechnungsadresse, bis Sie eine andere wählen.',
  'address.removeDefaultBoth':
    'Dies ist Ihre Standard-Liefer- und -Rechnungsadresse. Nach dem ' +
    'Entfernen haben Sie keine Standard-Liefer- oder -Rechnungsadresse, ' +
    'bis Sie eine andere wählen.',
  'address.keep': 'Adresse behalten',
  'address.confirmRemoveDefault': 'Ja, Standardadresse entfernen',
  'address.confirmRemove': 'Ja, Adresse entfernen',
};
