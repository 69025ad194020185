import { DEMO_CUSTOMER, seeds as baseSeeds } from '../controls/seeds';
import { fullCartsScenario } from './full-carts';
import { manyAddressesScenario } from './many-addresses';
import { newCustomerScenario } from './new-customer';
import type { Scenario } from './scenario';
import { storeCustomerScenario } from './store-customer';
import { unverifiedEmailScenario } from './unverified-email';

export type { GuestSession, Scenario, ScenarioCustomer } from './scenario';
export { REVIEW_PASSWORD } from './seed-customer';

function baseSeed(name: string) {
  const seed = baseSeeds[name];
  if (!seed) throw new Error(`The base seed '${name}' is missing.`);
  return seed;
}

/** Every named data set, in the order a reviewer meets them. */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'demo',
    title: 'Demo (default)',
    description:
      'The default data: one customer with two German addresses and an ' +
      'unverified email.',
    customers: [{ ...DEMO_CUSTOMER, name: 'Alex Demo' }],
    seed: baseSeed('demo'),
  },
  {
    name: 'empty',
    title: 'Empty',
    description: 'No customers at all: for sign-up.',
    customers: [],
    seed: baseSeed('empty'),
  },
  newCustomerScenario,
  manyAddressesScenario,
  unverifiedEmailScenario,
  storeCustomerScenario,
  fullCartsScenario,
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.name === name);
}

/** The seed registry the controls use: every scenario by name. */
export const allSeeds = Object.fromEntries(
  SCENARIOS.map((scenario) => [scenario.name, scenario.seed]),
);
