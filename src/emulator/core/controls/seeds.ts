import type { Context } from '../context';
import { buildCustomer } from '../customers/build-customer';
import type { SignUpDraft } from '../customers/read-draft';
import { insertCustomer } from '../repositories/customers';

/**
 * Seeds fill an empty state. Seed customers carry a precomputed salted
 * hash of their password so seeding stays synchronous.
 */
export type Seed = (ctx: Context) => void;

export const DEMO_CUSTOMER = {
  email: 'alex.demo@example.com',
  password: 'Demo-pass-1',
} as const;

const DEMO_HASH =
  '4bth6jQ+dZEMiWM6LcGWQA==$GlQXJ8Ai91WqRUxRJ3b9VF8M3Wp1w9DY9xLQwxTJFEg=';

const demoDraft: SignUpDraft = {
  email: DEMO_CUSTOMER.email,
  password: DEMO_CUSTOMER.password,
  text: { firstName: 'Alex', lastName: 'Demo' },
  addresses: [
    {
      key: 'home',
      firstName: 'Alex',
      lastName: 'Demo',
      streetName: 'Musterweg',
      streetNumber: '12',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    },
    {
      key: 'office',
      firstName: 'Alex',
      lastName: 'Demo',
      company: 'Example GmbH',
      streetName: 'Beispielallee',
      streetNumber: '3',
      postalCode: '20095',
      city: 'Hamburg',
      country: 'DE',
    },
  ],
  defaultShippingAddress: 0,
};

export const seeds: Record<string, Seed> = {
  empty: () => {},
  demo: (ctx) => {
    const customer = buildCustomer(ctx, demoDraft, DEMO_HASH, []);
    insertCustomer(ctx, { customer, passwordHash: DEMO_HASH });
  },
};
