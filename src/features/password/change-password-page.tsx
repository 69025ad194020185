import { Link } from 'react-router';

import { CustomerContent } from '../../ui/customer-content';
import { PageHeading } from '../../ui/page-heading';
import { ChangePasswordForm } from './change-password-form';
import { usePageTitle } from '../../ui/use-page-title';
import { useT } from '../../ui/i18n/use-t';
import { passwordMessages } from './messages-en';

export function ChangePasswordPage() {
  const t = useT(passwordMessages);
  usePageTitle(t('password.changeTitle'));

  return (
    <div className="narrow">
      <PageHeading>{t('password.changeTitle')}</PageHeading>
      <CustomerContent>
        {(customer) => (
          <ChangePasswordForm key={customer.id} customer={customer} />
        )}
      </CustomerContent>
      <p>
        <Link to="/account">{t('password.back')}</Link>
      </p>
    </div>
  );
}
