/**
 * Salted PBKDF2 via Web Crypto. The iteration count is low on purpose:
 * this is an emulator, and tests create many customers; the point is that
 * no clear password is ever stored or shown.
 */
const ITERATIONS = 1000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS },
    key,
    256,
  );
  return toBase64(new Uint8Array(bits));
}

/** Returns `salt$hash`, both base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `${toBase64(salt)}$${await derive(password, salt)}`;
}

export async function verifyPassword(
  password: string,
  stored: string,
): Promise<boolean> {
  const [salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  let saltBytes: Uint8Array<ArrayBuffer>;
  try {
    saltBytes = fromBase64(salt);
  } catch {
    return false; // a damaged hash matches no password
  }
  return (await derive(password, saltBytes)) === hash;
}

/** What the API shows instead of the hash: `****` + its last 4 chars. */
export function maskPassword(stored: string): string {
  return `****${stored.slice(-4)}`;
}
