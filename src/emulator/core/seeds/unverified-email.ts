import { mintCustomerToken } from '../admin/customer-tokens';
import type { Scenario } from './scenario';
import { REVIEW_PASSWORD, seedCustomer } from './seed-customer';

const EMAIL = 'uma.ungeprueft@example.com';
const VERIFY_MINUTES = 24 * 60;

export const unverifiedEmailScenario: Scenario = {
  name: 'unverified-email',
  title: 'Unverified email',
  description:
    'A customer who has not verified their email yet. The mailbox holds ' +
    'two verification mails: an older one whose link was replaced, and ' +
    'the current one.',
  customers: [
    { email: EMAIL, password: REVIEW_PASSWORD, name: 'Uma Ungeprüft' },
  ],
  seed: (ctx) => {
    const customer = seedCustomer(ctx, {
      draft: {
        email: EMAIL,
        text: { firstName: 'Uma', lastName: 'Ungeprüft' },
        addresses: [
          {
            key: 'home',
            firstName: 'Uma',
            lastName: 'Ungeprüft',
            streetName: 'Birkenweg',
            streetNumber: '5',
            postalCode: '50667',
            city: 'Köln',
            country: 'DE',
          },
        ],
        defaultShippingAddress: 0,
        defaultBillingAddress: 0,
      },
      passwordHash:
        'axmHct5QftpOvokqFzvYxA==$9Ot1wE6LukPC5z8m+brmCO8KAlKY/0+u/C0QzboFGm0=',
      verified: false,
    });
    // The second mail ends the first one's token, as a resend does.
    mintCustomerToken(ctx, 'email', customer, VERIFY_MINUTES, true);
    mintCustomerToken(ctx, 'email', customer, VERIFY_MINUTES, true);
  },
};
