import type { Scenario } from './scenario';
import { REVIEW_PASSWORD, seedCustomer } from './seed-customer';

const EMAIL = 'kai.neuling@example.com';

export const newCustomerScenario: Scenario = {
  name: 'new-customer',
  title: 'New customer',
  description:
    'A customer who has just signed up: verified email, no profile ' +
    'details beyond the name, no addresses.',
  customers: [{ email: EMAIL, password: REVIEW_PASSWORD, name: 'Kai Neuling' }],
  seed: (ctx) => {
    seedCustomer(ctx, {
      draft: { email: EMAIL, text: { firstName: 'Kai', lastName: 'Neuling' } },
      passwordHash:
        '4+bsi1t8csUJI2hk0exv9g==$K5ywM5wDuambDZ8br8kvPlrLitwTl2+fFUx8JOAlrjk=',
    });
  },
};
