import { empty, json, parseJson } from '../http';
import type { Route } from '../route';
import {
  asObject,
  fail,
  optBoolean,
  reqString,
  type JsonObject,
} from '../validation/read';
import type { EmulatorControls, FaultSettings } from './controls';

function optNumber(body: JsonObject, key: string, min: number, max: number) {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || value < min || value > max) {
    fail(key, `A number from ${min} to ${max} expected.`);
  }
  return value;
}

function readFaults(raw: unknown): FaultSettings {
  const body = asObject(raw, '');
  const settings: FaultSettings = {};
  const latencyMs = optNumber(body, 'latencyMs', 0, 60000);
  const failureRate = optNumber(body, 'failureRate', 0, 1);
  if (latencyMs !== undefined) settings.latencyMs = latencyMs;
  if (failureRate !== undefined) settings.failureRate = failureRate;
  for (const key of [
    'conflictNextWrite',
    'clashNextWrite',
    'outage',
    'expireAccessTokens',
    'expireRefreshTokens',
  ] as const) {
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
        const seconds = optNumber(body, 'advanceSeconds', -1e9, 1e9);
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
