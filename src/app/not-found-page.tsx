import { Link } from 'react-router';

import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';
import { PageHeading } from '../ui/page-heading';
import { usePageTitle } from '../ui/use-page-title';

export function NotFoundPage() {
  const t = useT(coreMessages);
  usePageTitle(t('app.notFoundTitle'));
  return (
    <>
      <PageHeading>{t('app.notFoundTitle')}</PageHeading>
      <p>{t('app.notFoundText')}</p>
      <p>
        <Link to="/account">{t('app.goToAccount')}</Link>
      </p>
    </>
  );
}
