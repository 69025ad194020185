import { Link, Navigate } from 'react-router';

import { useSession } from '../../api/use-session';
import { PageHeading } from '../../ui/page-heading';
import { SignUpForm } from './sign-up-form';
import { usePageTitle } from '../../ui/use-page-title';

export function SignUpPage() {
  usePageTitle('Create your account');
  const { status } = useSession();

  // Right after signing up, and for anyone already signed in (here or in
  // another tab), the account is the place to be.
  if (status === 'signed-in') return <Navigate to="/account" replace />;

  return (
    <div className="narrow">
      <PageHeading>Create your account</PageHeading>
      <SignUpForm />
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
