import { empty, json, parseJson } from '../http';
import type { Route } from '../route';
import { asObject, fail, optBoolean, reqString } from '../validation/read';
import { readFaultValues, readNumberInRange } from './read-faults';
import type { EmulatorControls, FaultSettings } from './controls';

function readFaults(raw: unknown): FaultSettings {
  const body = asObject(raw, '');
  const settings: FaultSettings = readFaultValues(body, '');
  for (const key of ['expireAccessTokens', 'expireRefreshTokens'] as const) {
    const value = optBoolean(body, key, '');
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}

/** `/__emulator/...`: the controls over HTTP, for Playwright and curl. */
export function controlRoutes(controls: EmulatorControls): Route[] {
  const base = '/__emulator';
  return [
    {
      method: 'POST',
      pattern: `${base}/reset`,
      handler: () => {
        controls.reset();
        return empty(204);
      },
    },
    {
      method: 'POST',
      pattern: `${base}/seed`,
      handler: (_ctx, req) => {
        controls.seed(reqString(asObject(parseJson(req), ''), 'name', ''));
        return empty(204);
      },
    },
    {
      method: 'GET',
      pattern: `${base}/clock`,
      handler: () => json(200, { now: controls.now().toISOString() }),
    },
    {
      method: 'POST',
      pattern: `${base}/clock`,
      handler: (_ctx, req) => {
        const body = asObject(parseJson(req), '');
        const seconds = readNumberInRange(
          body,
          'advanceSeconds',
          '',
          [-1e9, 1e9],
        );
        if (seconds === undefined) fail('advanceSeconds', 'Missing value.');
        controls.advanceClock(seconds);
        return json(200, { now: controls.now().toISOString() });
      },
    },
    {
      method: 'GET',
      pattern: `${base}/outbox`,
      handler: () => json(200, controls.outbox()),
    },
    {
      method: 'GET',
      pattern: `${base}/faults`,
      handler: () => json(200, controls.faults()),
    },
    {
      method: 'POST',
      pattern: `${base}/faults`,
      handler: (_ctx, req) =>
        json(200, controls.setFaults(readFaults(parseJson(req)))),
    },
    {
      method: 'GET',
      pattern: `${base}/snapshot`,
      handler: () => json(200, controls.snapshot()),
    },
    {
      method: 'POST',
      pattern: `${base}/restore`,
      handler: (_ctx, req) => {
        controls.restore(parseJson(req));
        return empty(204);
      },
    },
  ];
}
