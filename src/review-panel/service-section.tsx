import type { Faults } from '../emulator/core';
import type { PersistentControls } from '../emulator/msw/persistence';
import { reviewStorage } from './review-storage';

const LATENCIES = [0, 300, 1000, 3000, 10000];

const NEXT_REQUEST =
  'The app finds out at its next request: save a form, open another ' +
  'page or reload.';

interface Props {
  controls: PersistentControls;
  faults: Faults;
  onChange: (message: string) => void;
}

function latencyLabel(ms: number): string {
  if (ms === 0) return 'None';
  return ms < 1000 ? `${ms} ms` : `${ms / 1000} s`;
}

/** Faults that put the app into its slow, conflicting and failing states. */
export function ServiceSection({ controls, faults, onChange }: Props) {
  const latencies = LATENCIES.includes(faults.latencyMs)
    ? LATENCIES
    : [...LATENCIES, faults.latencyMs].sort((a, b) => a - b);

  function setLasting(next: Partial<Pick<Faults, 'latencyMs' | 'outage'>>) {
    const set = controls.setFaults(next);
    reviewStorage.setFaults({ latencyMs: set.latencyMs, outage: set.outage });
  }

  return (
    <section aria-labelledby="review-service-heading">
      <h3 id="review-service-heading">Service</h3>
      <div className="field">
        <label htmlFor="review-latency">Latency of every answer</label>
        <select
          id="review-latency"
          value={faults.latencyMs}
          onChange={(event) => {
            const latencyMs = Number(event.target.value);
            setLasting({ latencyMs });
            onChange(`Every answer now waits ${latencyLabel(latencyMs)}.`);
          }}
        >
          {latencies.map((ms) => (
            <option key={ms} value={ms}>
              {latencyLabel(ms)}
            </option>
          ))}
        </select>
      </div>
      <p className="review-panel-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            controls.setFaults({ clashNextWrite: true });
            onChange(
              'The next profile or address save meets changes to the same ' +
                'fields made on another device.',
            );
          }}
        >
          Make the next save conflict
        </button>
        {faults.clashNextWrite ? <span> (armed)</span> : null}
      </p>
      <p className="review-panel-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            controls.setFaults({
              expireAccessTokens: true,
              expireRefreshTokens: true,
            });
            onChange(`Every session has expired. ${NEXT_REQUEST}`);
          }}
        >
          Expire the session
        </button>
      </p>
      <p className="review-panel-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setLasting({ outage: !faults.outage });
            onChange(
              faults.outage
                ? 'The service is back.'
                : `The service is down: every request answers 503. ${NEXT_REQUEST}`,
            );
          }}
        >
          {faults.outage ? 'Bring the service back' : 'Take the service down'}
        </button>
      </p>
    </section>
  );
}
