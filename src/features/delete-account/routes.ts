import type { RouteObject } from 'react-router';

/** After a deletion the visitor is a guest: this page is for anyone. */
export const deleteAccountPublicRoutes: RouteObject[] = [
  {
    path: 'account-deleted',
    lazy: async () => ({
      Component: (await import('./account-deleted-page')).AccountDeletedPage,
    }),
  },
];

/** Under /account, for signed-in customers. */
export const deleteAccountRoutes: RouteObject[] = [
  {
    path: 'delete',
    lazy: async () => ({
      Component: (await import('./delete-account-page')).DeleteAccountPage,
    }),
  },
];
