const URL_SAFE =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A random string over the URL-safe base64 alphabet. */
export function randomToken(length: number): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += URL_SAFE[byte & 63];
  return out;
}

export function uuid(): string {
  return globalThis.crypto.randomUUID();
}

/** Address ids look like the platform's: 8 URL-safe characters. */
export function addressId(): string {
  return randomToken(8);
}

export function accessTokenValue(): string {
  return randomToken(32);
}

/** Refresh tokens in the wild read `{projectKey}:{random}`. */
export function refreshTokenValue(projectKey: string): string {
  return `${projectKey}:${randomToken(43)}`;
}

export function customerTokenValue(): string {
  return randomToken(40);
}
