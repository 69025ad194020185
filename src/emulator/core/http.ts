import { ApiError, errors } from './errors';
import type { EmulatorRequest, EmulatorResponse } from './types';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

export function empty(status: number): EmulatorResponse {
  return { status, headers: {}, body: '' };
}

export function errorResponse(error: ApiError): EmulatorResponse {
  return json(error.status, error.body());
}

/** Parses a JSON body; malformed JSON is the API's InvalidJsonInput. */
export function parseJson(req: EmulatorRequest): unknown {
  if (req.body.trim() === '') {
    throw errors.invalidJsonInput('Request body is empty.');
  }
  try {
    return JSON.parse(req.body) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : 'Invalid JSON';
    throw errors.invalidJsonInput(`Malformed JSON: ${reason}`);
  }
}

/**
 * OAuth parameters: the form body, falling back to query parameters
 * (the reference models them as query parameters, SDKs send a form).
 */
export function formParams(req: EmulatorRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  for (const [key, value] of new URLSearchParams(req.body)) {
    params.set(key, value);
  }
  return params;
}

export function bearerToken(req: EmulatorRequest): string | undefined {
  const header = req.headers['authorization'] ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
