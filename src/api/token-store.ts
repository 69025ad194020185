import * as z from 'zod/mini';

export const SESSION_STORAGE_KEY = 'my-account-session';

const storedSessionSchema = z.object({
  kind: z.enum(['anonymous', 'customer']),
  accessToken: z.string().check(z.minLength(1)),
  refreshToken: z.optional(z.string().check(z.minLength(1))),
  /** Epoch milliseconds after which the access token counts as expired. */
  expiresAt: z.number(),
  customerId: z.optional(z.string()),
  anonymousId: z.optional(z.string()),
});

export type StoredSession = z.infer<typeof storedSessionSchema>;

/** The part of the Web Storage API the session needs. */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem'
>;

export function createMemoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Reads a raw stored value; anything malformed counts as no session. */
export function parseStoredSession(
  raw: string | null,
): StoredSession | undefined {
  if (!raw) return undefined;
  try {
    const parsed = storedSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function createTokenStore(storage: KeyValueStorage) {
  return {
    read: (): StoredSession | undefined =>
      parseStoredSession(safely(() => storage.getItem(SESSION_STORAGE_KEY))),
    write: (session: StoredSession): void => {
      safely(() =>
        storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session)),
      );
    },
    clear: (): void => {
      safely(() => storage.removeItem(SESSION_STORAGE_KEY));
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;

/**
 * Storage can throw (private mode, quota, disabled cookies). The session
 * then lives in memory only and is lost on reload, which beats a crash.
 */
function safely<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

export function defaultStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Accessing localStorage itself can throw when storage is blocked.
  }
  return createMemoryStorage();
}
