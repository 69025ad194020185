import { useState } from 'react';

import {
  findScenario,
  SCENARIOS,
  type ScenarioCustomer,
} from '../emulator/core/seeds';
import { switchScenario } from './apply-scenario';
import type { AppBridge } from './bridge';
import { reviewStorage } from './review-storage';
import { signInAs } from './sign-in-as';

interface Props {
  app: AppBridge;
  onChange: (message: string) => void;
}

/** Pick a data set, start it over, and sign in as one of its customers. */
export function ScenarioSection({ app, onChange }: Props) {
  const active = findScenario(reviewStorage.scenario()) ?? SCENARIOS[0];
  const [chosen, setChosen] = useState(active?.name ?? '');
  const selected = findScenario(chosen);

  return (
    <section aria-labelledby="review-scenario-heading">
      <h3 id="review-scenario-heading">Scenario: {active?.title}</h3>
      <p>{active?.description}</p>
      {active?.customers.map((customer) => (
        <CustomerCard
          key={customer.email}
          customer={customer}
          app={app}
          onChange={onChange}
        />
      ))}
      <p className="review-panel-actions">
        <button
          type="button"
          className="button button-small"
          aria-describedby="review-reset-hint"
          onClick={() => switchScenario(active?.name ?? 'demo')}
        >
          Reset data
        </button>
      </p>
      <p className="field-hint" id="review-reset-hint">
        Starts this scenario over and signs out.
      </p>
      <div className="field">
        <label htmlFor="review-scenario">Another scenario</label>
        <select
          id="review-scenario"
          value={chosen}
          aria-describedby="review-scenario-hint"
          onChange={(event) => setChosen(event.target.value)}
        >
          {SCENARIOS.map((scenario) => (
            <option key={scenario.name} value={scenario.name}>
              {scenario.title}
            </option>
          ))}
        </select>
        <p className="field-hint" id="review-scenario-hint">
          {selected?.description}
        </p>
      </div>
      <p className="review-panel-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => switchScenario(chosen)}
        >
          Load scenario
        </button>
      </p>
    </section>
  );
}

function CustomerCard({
  customer,
  app,
  onChange,
}: Props & { customer: ScenarioCustomer }) {
  const elsewhere =
    customer.storeKey !== undefined && customer.storeKey !== app.storeKey;
  return (
    <div className="review-panel-customer">
      <p>
        {customer.name}: <code>{customer.email}</code> with password{' '}
        <code>{customer.password}</code>
      </p>
      {elsewhere ? (
        <p className="field-hint">
          A customer of the store {customer.storeKey}. This build cannot sign
          them in: the form answers as for wrong credentials, as the API does.
          To see their account, start a {customer.storeKey} build:{' '}
          <code>VITE_CTP_STORE_KEY={customer.storeKey} npm start</code>.
        </p>
      ) : null}
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          onChange(`Signing in as ${customer.name}…`);
          signInAs(app, customer).then(
            () => onChange(`Sent the sign-in form as ${customer.name}.`),
            (error: unknown) => onChange(String(error)),
          );
        }}
      >
        Sign in as {customer.name}
      </button>
    </div>
  );
}
