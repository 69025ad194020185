import type { Address, Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { PageHeading } from '../../ui/page-heading';
import {
  addressLine,
  defaultAddresses,
  greetingName,
} from './default-addresses';
import { useT } from '../../ui/i18n/use-t';
import { accountMessages } from './messages-en';

export function AccountSummary({ customer }: { customer: Customer }) {
  const t = useT(accountMessages);
  const name = greetingName(customer);
  const defaults = defaultAddresses(customer);

  return (
    <>
      <PageHeading>
        {name ? t('account.helloName', { name }) : t('account.hello')}
      </PageHeading>
      <section aria-labelledby="account-contact" className="card">
        <h2 id="account-contact">{t('account.contact')}</h2>
        <p>
          {customer.email}{' '}
          {customer.isEmailVerified ? null : (
            <span className="badge">{t('account.notVerified')}</span>
          )}
        </p>
        <Link to="/account/profile">{t('account.editProfile')}</Link>
      </section>
      <section aria-labelledby="account-addresses" className="card">
        <h2 id="account-addresses">{t('account.defaultAddresses')}</h2>
        <dl>
          <DefaultAddress
            label={t('account.shipping')}
            address={defaults.shipping}
          />
          <DefaultAddress
            label={t('account.billing')}
            address={defaults.billing}
          />
        </dl>
        <Link to="/account/addresses">{t('account.manageAddresses')}</Link>
      </section>
      <section aria-labelledby="account-security" className="card">
        <h2 id="account-security">{t('account.security')}</h2>
        <ul>
          <li>
            <Link to="/account/email">{t('account.changeEmail')}</Link>
          </li>
          <li>
            <Link to="/account/password">{t('account.changePassword')}</Link>
          </li>
          <li>
            <Link to="/account/delete">{t('account.deleteAccount')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

function DefaultAddress({
  label,
  address,
}: {
  label: string;
  address: Address | undefined;
}) {
  const t = useT(accountMessages);
  return (
    <>
      <dt>{label}</dt>
      <dd>{address ? addressLine(address, t.locale) : t('account.notSet')}</dd>
    </>
  );
}
