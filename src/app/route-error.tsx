import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

import { isUnavailable } from '../api/api-error';
import { UNAVAILABLE_MESSAGE } from '../api/error-messages';
import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';
import { NotFoundPage } from './not-found-page';
import { usePageTitle } from '../ui/use-page-title';

/**
 * The last stop for errors thrown while rendering or loading a route, so
 * a failure never leaves a blank screen.
 */
export function RouteError() {
  const t = useT(coreMessages);
  usePageTitle(t('app.errorTitle'));
  const error = useRouteError();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage />;
  }
  // A lazily loaded page can fail to download after a deploy or offline.
  const offline = isUnavailable(error) || isChunkLoadError(error);
  return (
    <div className="route-error" role="alert">
      <h1>{t('app.errorTitle')}</h1>
      <p>{offline ? t(UNAVAILABLE_MESSAGE) : t('app.errorText')}</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => window.location.reload()}
        >
          {t('app.reload')}
        </button>{' '}
        <Link to="/account">{t('app.goToAccount')}</Link>
      </p>
    </div>
  );
}

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|importing a module/i.test(error.message)
  );
}
