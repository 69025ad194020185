import { defineMessages } from '../../ui/i18n/catalogue';

export const signUpMessages = defineMessages({
  'signUp.title': 'Create your account',
  'signUp.haveAccount': 'Already have an account? {link}',
  'signUp.signIn': 'Sign in',
  'signUp.email': 'Email',
  'signUp.password': 'Password',
  'signUp.passwordHint': 'At least {min} characters.',
  'signUp.firstName': 'First name',
  'signUp.lastName': 'Last name',
  'signUp.firstNameRequired': 'Enter your first name.',
  'signUp.lastNameRequired': 'Enter your last name.',
  'signUp.submit': 'Create account',
  'signUp.pending': 'Creating account…',
  'signUp.signInInstead': 'Sign in instead',
  'signUp.orReset': 'or {link}',
  'signUp.resetPassword': 'reset your password',
});

export type SignUpMessages = typeof signUpMessages;
