import {
  createBrowserRouter,
  Navigate,
  type RouteObject,
  useLocation,
} from 'react-router';

import {
  deleteAccountPublicRoutes,
  deleteAccountRoutes,
} from '../features/delete-account/routes';
import {
  emailAccountRoutes,
  emailPublicRoutes,
} from '../features/email/routes';
import {
  passwordAccountRoutes,
  passwordPublicRoutes,
} from '../features/password/routes';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { LoadingStatus } from '../ui/loading-status';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireCustomer } from './require-customer';
import { RouteError } from './route-error';

/** `/` is the account; a query and a hash go along. */
function ToAccount() {
  const { search, hash } = useLocation();
  return <Navigate to={{ pathname: '/account', search, hash }} replace />;
}

/**
 * Sign-in ships in the main bundle: it is what a shopper opens first.
 * Every other page, the overview included, loads when visited; the
 * overview's chunk is small and fetched while the customer loads.
 */
const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded page is fetched on the very first load.
    hydrateFallbackElement: <LoadingStatus />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ToAccount /> },
          { path: 'sign-in', element: <SignInPage /> },
          ...passwordPublicRoutes,
          ...emailPublicRoutes,
          ...deleteAccountPublicRoutes,
          {
            path: 'sign-up',
            lazy: async () => ({
              Component: (await import('../features/sign-up/sign-up-page'))
                .SignUpPage,
            }),
          },
          {
            path: 'cart',
            lazy: async () => ({
              Component: (await import('../features/cart/cart-page')).CartPage,
            }),
          },
          {
            path: 'account',
            element: <RequireCustomer />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/account/account-page'))
                    .AccountPage,
                }),
              },
              {
                path: 'profile',
                lazy: async () => ({
                  Component: (await import('../features/profile/profile-page'))
                    .ProfilePage,
                }),
              },
              {
                path: 'addresses',
                lazy: async () => ({
                  Component: (
                    await import('../features/addresses/addresses-page')
                  ).AddressesPage,
                }),
              },
              ...passwordAccountRoutes,
              ...emailAccountRoutes,
              ...deleteAccountRoutes,
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

type AppRouter = ReturnType<typeof createBrowserRouter>;
let created: AppRouter | undefined;

/**
 * The app's one router, made on first use rather than when this module
 * loads: making it reads the address bar and session storage, work that
 * start-up runs in a task of its own (see main.tsx).
 */
export function appRouter(): AppRouter {
  created ??= createBrowserRouter(routes);
  return created;
}
