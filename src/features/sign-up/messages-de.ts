import type { Translation } from '../../ui/i18n/types';
import type { SignUpMessages } from './messages-en';

export const signUpMessagesDe: Translation<SignUpMessages> = {
  'signUp.title': 'Konto erstellen',
  'signUp.haveAccount': 'Sie haben schon ein Konto? {link}',
  'signUp.signIn': 'Anmelden',
  'signUp.email': 'E-Mail-Adresse',
  'signUp.password': 'Passwort',
  'signUp.passwordHint': 'Mindestens {min} Zeichen.',
  'signUp.firstName': 'Vorname',
  'signUp.lastName': 'Nachname',
  'signUp.firstNameRequired': 'Geben Sie Ihren Vornamen ein.',
  'signUp.lastNameRequired': 'Geben Sie Ihren Nachnamen ein.',
  'signUp.submit': 'Konto erstellen',
  'signUp.pending': 'Konto wird erstellt …',
  'signUp.signInInstead': 'Melden Sie sich stattdessen an',
  'signUp.orReset': 'oder {link}',
  'signUp.resetPassword': 'setzen Sie Ihr Passwort zurück',
};
