import type { RouteObject } from 'react-router';

/** Pages anyone may open: the links from reset emails land here. */
export const passwordPublicRoutes: RouteObject[] = [
  {
    path: 'forgot-password',
    lazy: async () => ({
      Component: (await import('./forgot-password-page')).ForgotPasswordPage,
    }),
  },
  {
    path: 'reset-password',
    lazy: async () => ({
      Component: (await import('./reset-password-page')).ResetPasswordPage,
    }),
  },
];

/** Under /account, for signed-in customers. */
export const passwordAccountRoutes: RouteObject[] = [
  {
    path: 'password',
    lazy: async () => ({
      Component: (await import('./change-password-page')).ChangePasswordPage,
    }),
  },
];
