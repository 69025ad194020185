import { Link, NavLink, Outlet } from 'react-router';

import { config } from '../api/config';
import { useSession } from '../api/use-session';
import { VerifyEmailBanner } from '../features/email/verify-email-banner';
import { CartNavLink } from '../features/cart/cart-nav-link';
import { SessionUnavailableNotice } from './session-unavailable';
import { SignOutButton } from './sign-out-button';

export function Layout() {
  const { status } = useSession();
  const signedIn = status === 'signed-in';

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <Link to="/account" className="site-name">
          My Account
        </Link>
        <nav aria-label={signedIn ? 'Account' : 'Shop'}>
          <ul>
            {signedIn ? (
              <>
                <li>
                  <NavLink to="/account" end>
                    Overview
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account/profile">Profile</NavLink>
                </li>
                <li>
                  <NavLink to="/account/addresses">Addresses</NavLink>
                </li>
              </>
            ) : null}
            <li>
              <CartNavLink />
            </li>
          </ul>
        </nav>
        {signedIn ? <SignOutButton /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        <SessionUnavailableNotice />
        {signedIn ? <VerifyEmailBanner /> : null}
        <Outlet />
      </main>
      {config.mode === 'mock' ? (
        <footer className="site-footer">
          <p>
            Demo mode: the shop is emulated in this browser; no real account is
            used.
          </p>
          <p>
            <Link to="/mailbox">Mailbox</Link>: the emails the shop would have
            sent.
          </p>
        </footer>
      ) : null}
    </>
  );
}
