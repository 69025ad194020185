import { Link, useLocation } from 'react-router';

import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';

/** Where a deletion ends; the session is a guest's again by now. */
export function AccountDeletedPage() {
  usePageTitle('Account deleted');
  const { state } = useLocation();
  const email = emailFrom(state);

  return (
    <div className="narrow">
      <PageHeading>Your account is deleted</PageHeading>
      <p>
        {email
          ? `The account for ${email} is deleted, and you are signed out.`
          : 'The account is deleted, and you are signed out.'}
      </p>
      <p>
        <Link to="/sign-up">Create a new account</Link>
      </p>
    </div>
  );
}

function emailFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('email' in state)) {
    return undefined;
  }
  return typeof state.email === 'string' ? state.email : undefined;
}
