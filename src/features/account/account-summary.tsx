import type { Address, Customer } from '@commercetools/platform-sdk';
import { Link } from 'react-router';

import { PageHeading } from '../../ui/page-heading';
import {
  addressLine,
  defaultAddresses,
  greetingName,
} from './default-addresses';

export function AccountSummary({ customer }: { customer: Customer }) {
  const name = greetingName(customer);
  const defaults = defaultAddresses(customer);

  return (
    <>
      <PageHeading>{name ? `Hello, ${name}` : 'Hello'}</PageHeading>
      <section aria-labelledby="account-contact" className="card">
        <h2 id="account-contact">Contact</h2>
        <p>
          {customer.email}{' '}
          {customer.isEmailVerified ? null : (
            <span className="badge">Not verified</span>
          )}
        </p>
        <Link to="/account/profile">Edit profile</Link>
      </section>
      <section aria-labelledby="account-addresses" className="card">
        <h2 id="account-addresses">Default addresses</h2>
        <dl>
          <DefaultAddress label="Shipping" address={defaults.shipping} />
          <DefaultAddress label="Billing" address={defaults.billing} />
        </dl>
        <Link to="/account/addresses">Manage addresses</Link>
      </section>
      <section aria-labelledby="account-security" className="card">
        <h2 id="account-security">Sign-in and security</h2>
        <ul>
          <li>
            <Link to="/account/email">Change email</Link>
          </li>
          <li>
            <Link to="/account/password">Change password</Link>
          </li>
          <li>
            <Link to="/account/delete">Delete account</Link>
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
  return (
    <>
      <dt>{label}</dt>
      <dd>{address ? addressLine(address) : 'Not set'}</dd>
    </>
  );
}
