import { Link } from 'react-router';

import { PageHeading } from '../ui/page-heading';
import { usePageTitle } from '../ui/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/account">Go to your account</Link>
      </p>
    </>
  );
}
