import type { Translation } from '../../ui/i18n/types';
import type { SignInMessages } from './messages-en';

export const signInMessagesDe: Translation<SignInMessages> = {
  'signIn.title': 'Anmelden',
  'signIn.demoAccount': 'Demo-Konto: {email} mit dem Passwort {password}',
  'signIn.forgot': 'Passwort vergessen?',
  'signIn.newHere': 'Neu hier? {link}',
  'signIn.createAccount': 'Konto erstellen',
  'signIn.signedOut': 'Sie sind abgemeldet.',
  'signIn.sessionEnded':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um ' +
    'weiterzumachen.',
  'signIn.email': 'E-Mail-Adresse',
  'signIn.password': 'Passwort',
  'signIn.submit': 'Anmelden',
  'signIn.pending': 'Anmeldung läuft …',

  'cartMode.merge': 'Mit meinem gespeicherten Warenkorb zusammenführen',
  'cartMode.replace': 'Stattdessen diesen Warenkorb verwenden',
  'cartMode.legendItems': {
    one: 'Ihr Gast-Warenkorb enthält {count} Artikel',
    other: 'Ihr Gast-Warenkorb enthält {count} Artikel',
  },
  'cartMode.legendUnknown': 'Falls Sie einen Gast-Warenkorb haben',
  'cartMode.mergeItems': {
    one:
      'Ihr {count} Gast-Artikel kommt in Ihren gespeicherten Warenkorb, ' +
      'falls Sie einen haben; ist ein Produkt in beiden, zählt die größere ' +
      'Menge.',
    other:
      'Ihre {count} Gast-Artikel kommen in Ihren gespeicherten Warenkorb, ' +
      'falls Sie einen haben; ist ein Produkt in beiden, zählt die größere ' +
      'Menge.',
  },
  'cartMode.mergeUnknown':
    'Die Artikel aus beiden Warenkörben landen in Ihrem gespeicherten ' +
    'Warenkorb.',
  'cartMode.replaceItems': {
    one:
      'Ihr Gast-Warenkorb ({count} Artikel) ersetzt Ihren gespeicherten ' +
      'Warenkorb, falls Sie einen haben; dieser wird beiseitegelegt, nicht ' +
      'gelöscht.',
    other:
      'Ihr Gast-Warenkorb ({count} Artikel) ersetzt Ihren gespeicherten ' +
      'Warenkorb, falls Sie einen haben; dieser wird beiseitegelegt, nicht ' +
      'gelöscht.',
  },
  'cartMode.replaceUnknown':
    'Ihr Gast-Warenkorb wird Ihr Warenkorb; der gespeicherte bleibt, wie ' +
    'er ist.',
};
