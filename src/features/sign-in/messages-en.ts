import { defineMessages } from '../../ui/i18n/catalogue';

export const signInMessages = defineMessages({
  'signIn.title': 'Sign in',
  'signIn.demoAccount': 'Demo account: {email} with password {password}',
  'signIn.forgot': 'Forgot your password?',
  'signIn.newHere': 'New here? {link}',
  'signIn.createAccount': 'Create an account',
  'signIn.signedOut': 'You are signed out.',
  'signIn.sessionEnded': 'Your session has ended. Sign in again to carry on.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in…',

  'cartMode.merge': 'Merge it into my saved cart',
  'cartMode.replace': 'Use this cart instead',
  'cartMode.legendItems': {
    one: 'Your guest cart has {count} item',
    other: 'Your guest cart has {count} items',
  },
  'cartMode.legendUnknown': 'If you have a guest cart',
  'cartMode.mergeItems': {
    one:
      'Your {count} guest item will be merged into your saved cart, if you ' +
      'have one; for a product in both, the larger quantity counts.',
    other:
      'Your {count} guest items will be merged into your saved cart, if ' +
      'you have one; for a product in both, the larger quantity counts.',
  },
  'cartMode.mergeUnknown': 'Items from both carts end up in your saved cart.',
  'cartMode.replaceItems': {
    one:
      'Your guest cart ({count} item) will replace your saved cart, if you ' +
      'have one; that one is set aside, not deleted.',
    other:
      'Your guest cart ({count} items) will replace your saved cart, if ' +
      'you have one; that one is set aside, not deleted.',
  },
  'cartMode.replaceUnknown':
    'Your guest cart becomes your cart; the saved one is left as it is.',
});

export type SignInMessages = typeof signInMessages;
