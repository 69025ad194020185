import type { RouteObject } from 'react-router';

/** Anyone may open it: the links from verification emails land here. */
export const emailPublicRoutes: RouteObject[] = [
  {
    path: 'verify-email',
    lazy: async () => ({
      Component: (await import('./verify-email-page')).VerifyEmailPage,
    }),
  },
  // A static check, so a live build carries no mailbox at all.
  ...(import.meta.env.VITE_API_MODE === 'live'
    ? []
    : [
        {
          path: 'mailbox',
          lazy: async () => ({
            Component: (await import('./mailbox-page')).MailboxPage,
          }),
        },
      ]),
];

/** Under /account, for signed-in customers. */
export const emailAccountRoutes: RouteObject[] = [
  {
    path: 'email',
    lazy: async () => ({
      Component: (await import('./email-page')).EmailPage,
    }),
  },
];
