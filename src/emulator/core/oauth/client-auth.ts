import type { Context } from '../context';
import { authError } from '../errors';
import type { ApiClientConfig } from '../options';
import type { EmulatorRequest } from '../types';

const invalidClient = () =>
  authError(
    401,
    'invalid_client',
    'Please provide valid client credentials using HTTP Basic Authentication.',
  );

function decodeBasic(header: string): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** HTTP Basic client authentication, as on the real auth host. */
export function authenticateClient(
  ctx: Context,
  req: EmulatorRequest,
): ApiClientConfig {
  const credentials = decodeBasic(req.headers['authorization'] ?? '');
  if (!credentials) throw invalidClient();
  const [id, secret] = credentials;
  const client = ctx.options.clients.find((c) => c.id === id);
  if (!client || client.secret !== secret) throw invalidClient();
  return client;
}
