import { manyAddresses } from './many-addresses-data';
import type { Scenario } from './scenario';
import { REVIEW_PASSWORD, seedCustomer } from './seed-customer';

const EMAIL = 'maximiliane.hohenstein-wolkenburg@example.com';

export const manyAddressesScenario: Scenario = {
  name: 'many-addresses',
  title: 'Many addresses',
  description:
    `A customer with ${manyAddresses.length} addresses in ` +
    `${new Set(manyAddresses.map((a) => a.country)).size} countries, long ` +
    'names and companies, in Latin, Cyrillic, Arabic and Japanese script; ' +
    'separate default shipping and billing addresses.',
  customers: [
    {
      email: EMAIL,
      password: REVIEW_PASSWORD,
      name: 'Maximiliane-Friederike von Hohenstein-Wolkenburg',
    },
  ],
  seed: (ctx) => {
    seedCustomer(ctx, {
      draft: {
        email: EMAIL,
        text: {
          title: 'Dr.',
          salutation: 'Frau',
          firstName: 'Maximiliane-Friederike',
          middleName: 'Konstanze Theodora',
          lastName: 'von Hohenstein-Wolkenburg',
          companyName:
            'Wolkenburg Feinmechanik und Präzisionsoptik GmbH & Co. KG',
          vatId: 'DE999999999',
        },
        dateOfBirth: '1984-02-29',
        locale: 'de',
        addresses: manyAddresses,
        defaultShippingAddress: 0,
        defaultBillingAddress: 1,
      },
      passwordHash:
        'ae7BJKjMvJ4L4br8Fz3Qog==$d/GHpa5zUbAu7eECMgh5MUm/qvsuEL/N+Z1NZ8OLNgM=',
      shipping: [2, 4, 8, 12],
      billing: [6, 11],
    });
  },
};
