/*
 * The pages a design review walks, shared by the screenshot script and
 * the review tests. A page that is not built yet shows "Page not found";
 * both skip or flag it rather than guess.
 */

/** Pages for everyone; a signed-in customer is sent on from some. */
export const PUBLIC_PAGES = [
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
  '/cart',
  '/mailbox',
] as const;

/** Pages for a signed-in customer. */
export const ACCOUNT_PAGES = [
  '/account',
  '/account/profile',
  '/account/addresses',
  '/account/email',
  '/account/password',
  '/account/delete',
] as const;

export const NOT_FOUND_HEADING = 'Page not found';
