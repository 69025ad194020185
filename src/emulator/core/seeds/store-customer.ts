import type { Scenario } from './scenario';
import { REVIEW_PASSWORD, seedCustomer } from './seed-customer';

const EMAIL = 'bo.berliner@example.com';
const STORE = 'berlin';

export const storeCustomerScenario: Scenario = {
  name: 'store-customer',
  title: 'Store customer (berlin)',
  description:
    'A customer of the store berlin. Only a berlin build can sign them ' +
    'in; a global build gets the same "wrong credentials" answer as for ' +
    'an unknown email, as the API gives.',
  customers: [
    {
      email: EMAIL,
      password: REVIEW_PASSWORD,
      name: 'Bo Berliner',
      storeKey: STORE,
    },
  ],
  seed: (ctx) => {
    seedCustomer(ctx, {
      draft: {
        email: EMAIL,
        text: { firstName: 'Bo', lastName: 'Berliner' },
        addresses: [
          {
            key: 'home',
            firstName: 'Bo',
            lastName: 'Berliner',
            streetName: 'Kastanienallee',
            streetNumber: '41',
            postalCode: '10435',
            city: 'Berlin',
            country: 'DE',
          },
        ],
        defaultShippingAddress: 0,
        defaultBillingAddress: 0,
      },
      passwordHash:
        'R8O+2K0BvkntDxj5fPoqgA==$BN5lw7xDyo9cBFl4uq/R6YTAkXfuRkdJzVeqHl0ukw8=',
      stores: [STORE],
    });
  },
};
