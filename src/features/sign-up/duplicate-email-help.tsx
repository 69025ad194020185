import { Link } from 'react-router';

/**
 * What to do when the email already has an account. There is no password
 * reset page yet, so "Reset your password" leads to sign-in for now.
 */
export function DuplicateEmailHelp() {
  return (
    <>
      {' '}
      <Link to="/sign-in">Sign in instead</Link> or{' '}
      <Link to="/sign-in">reset your password</Link>.
    </>
  );
}
