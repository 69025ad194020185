import type { Scenario } from './scenario';
import { seedCart, seedGuestSession } from './guest-session';
import { REVIEW_PASSWORD, seedCustomer } from './seed-customer';

const EMAIL = 'carla.korb@example.com';
const GUEST = {
  anonymousId: 'review-full-carts-guest',
  refreshToken: 'review:full-carts-guest-session',
};

export const fullCartsScenario: Scenario = {
  name: 'full-carts',
  title: 'Full carts',
  description:
    'A guest whose cart holds 1 mug, 2 notebooks and 1 pair of socks, ' +
    'and a customer whose saved cart holds 3 mugs and 1 tote bag. Sign ' +
    'in as the customer to see the guest-cart choice: merging keeps the ' +
    'larger mug quantity (3), not the sum.',
  customers: [{ email: EMAIL, password: REVIEW_PASSWORD, name: 'Carla Korb' }],
  guestSession: GUEST,
  seed: (ctx) => {
    const customer = seedCustomer(ctx, {
      draft: { email: EMAIL, text: { firstName: 'Carla', lastName: 'Korb' } },
      passwordHash:
        'IIf96wVbtkXO6aX5pcjv6A==$/g28WOnCcYzll7EZc7MvoUg1+YtVpeV1tmOCD7TueM8=',
    });
    seedCart(ctx, { customerId: customer.id }, [
      { sku: 'SKU-1', quantity: 3 },
      { sku: 'SKU-2', quantity: 1 },
    ]);
    seedGuestSession(ctx, GUEST);
    seedCart(ctx, { anonymousId: GUEST.anonymousId }, [
      { sku: 'SKU-1', quantity: 1 },
      { sku: 'SKU-3', quantity: 2 },
      { sku: 'SKU-4', quantity: 1 },
    ]);
  },
};
