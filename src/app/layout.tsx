import { Link, NavLink, Outlet } from 'react-router';

import { config } from '../api/config';
import { useSession } from '../api/use-session';
import { LanguageSwitcher } from '../ui/i18n/language-switcher';
import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';
import { VerifyEmailBanner } from '../features/email/verify-email-banner';
import { CartNavLink } from '../features/cart/cart-nav-link';
import { SessionUnavailableNotice } from './session-unavailable';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { SignOutButton } from './sign-out-button';

export function Layout() {
  const t = useT(coreMessages);
  const { status } = useSession();
  const signedIn = status === 'signed-in';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <Link to="/account" className="site-name">
          {t('app.name')}
        </Link>
        <nav aria-label={signedIn ? t('app.navAccount') : t('app.navShop')}>
          <ul>
            {signedIn ? (
              <>
                <li>
                  <NavLink to="/account" end>
                    {t('app.navOverview')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account/profile">{t('app.navProfile')}</NavLink>
                </li>
                <li>
                  <NavLink to="/account/addresses">
                    {t('app.navAddresses')}
                  </NavLink>
                </li>
              </>
            ) : null}
            <li>
              <CartNavLink />
            </li>
          </ul>
        </nav>
        {signedIn ? <SignOutButton /> : null}
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <SessionUnavailableNotice />
        <UnsavedChangesGuard />
        {signedIn ? <VerifyEmailBanner /> : null}
        <Outlet />
      </main>
      {config.mode === 'mock' ? (
        <footer className="site-footer">
          <p>{t('app.demoMode')}</p>
          <p>
            {t.rich('app.mailboxNote', {
              mailbox: <Link to="/mailbox">{t('app.mailbox')}</Link>,
            })}
          </p>
        </footer>
      ) : null}
    </>
  );
}
