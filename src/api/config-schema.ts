import * as z from 'zod/mini';

import { ConfigError } from './config-error';

/*
 * The one schema for the app's environment. It never reads
 * `import.meta.env` itself: the app validates its bundled env with it
 * (config.ts) and the Vite build validates the same env with it before
 * bundling, so a broken live build fails at build time.
 */

export type ApiMode = 'mock' | 'live';

export interface AppConfig {
  mode: ApiMode;
  projectKey: string;
  /** API base without the project key, no trailing slash. */
  apiUrl: string;
  /** Auth host base, no trailing slash. */
  authUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated, as the token endpoints expect them. */
  scopes: string;
  storeKey?: string;
  accountServiceUrl?: string;
}

export type EnvSource = Readonly<Record<string, unknown>>;

/** Scopes that have a store-scoped form (`name:{pk}:{store}`). */
const STORE_SCOPES = ['manage_my_profile', 'manage_my_orders'];
const PROJECT_SCOPES = ['create_anonymous_token', 'view_published_products'];

/**
 * The public single-page-app scopes. A store build asks for the
 * store-scoped forms where they exist, so its tokens reach that store's
 * `/in-store/key=…/me` routes and no other store's, nor the global ones.
 */
export function defaultScopes(projectKey: string, storeKey?: string): string {
  const suffix = storeKey ? `:${projectKey}:${storeKey}` : `:${projectKey}`;
  return [
    ...STORE_SCOPES.map((scope) => `${scope}${suffix}`),
    ...PROJECT_SCOPES.map((scope) => `${scope}:${projectKey}`),
  ].join(' ');
}

export const MOCK_DEFAULTS = {
  projectKey: 'demo',
  clientId: 'spa-client',
  clientSecret: 'spa-secret',
} as const;

// zod/mini keeps the first page's bundle small; the API reads the same.
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const key = text.check(
  z.regex(/^[A-Za-z0-9_-]{2,256}$/, 'must be a plain key'),
);
const url = z.pipe(
  text.check(
    z.refine(
      (value) => /^https?:\/\/[^/\s]+/.test(value),
      'must be an http(s) URL',
    ),
  ),
  z.transform((value: string) => value.replace(/\/+$/, '')),
);

const envSchema = z.object({
  VITE_API_MODE: z._default(
    z.enum(['mock', 'live'], 'must be "mock" or "live"'),
    'mock',
  ),
  VITE_CTP_PROJECT_KEY: z.optional(key),
  VITE_CTP_API_URL: z.optional(url),
  VITE_CTP_AUTH_URL: z.optional(url),
  VITE_CTP_CLIENT_ID: z.optional(text),
  VITE_CTP_CLIENT_SECRET: z.optional(text),
  VITE_CTP_SCOPES: z.optional(text),
  VITE_CTP_STORE_KEY: z.optional(key),
  VITE_ACCOUNT_SERVICE_URL: z.optional(url),
});

const REQUIRED_IN_LIVE = [
  'VITE_CTP_PROJECT_KEY',
  'VITE_CTP_API_URL',
  'VITE_CTP_AUTH_URL',
  'VITE_CTP_CLIENT_ID',
  'VITE_CTP_CLIENT_SECRET',
] as const;

/** Empty strings count as unset: `.env` files often leave keys blank. */
function withoutBlanks(env: EnvSource): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== ''),
  );
}

/**
 * Validates the environment once and reports every bad or missing variable
 * in one error, so a broken deployment is fixed in one round.
 * `emulatorUrl` is where mock mode's in-browser emulator answers; live
 * mode never uses it.
 */
export function parseConfig(env: EnvSource, emulatorUrl: string): AppConfig {
  const given = withoutBlanks(env);
  const parsed = envSchema.safeParse(given);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
  if (given.VITE_API_MODE === 'live') {
    for (const name of REQUIRED_IN_LIVE) {
      if (given[name] === undefined) {
        problems.push(`${name}: is required in live mode`);
      }
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const data = parsed.data;
  // Mock mode never talks to a real host, whatever the URLs say.
  const mockUrl = emulatorUrl.replace(/\/+$/, '');
  const live = data.VITE_API_MODE === 'live';
  const projectKey = data.VITE_CTP_PROJECT_KEY ?? MOCK_DEFAULTS.projectKey;
  const storeKey = data.VITE_CTP_STORE_KEY;
  return {
    mode: data.VITE_API_MODE,
    projectKey,
    apiUrl: (live && data.VITE_CTP_API_URL) || mockUrl,
    authUrl: (live && data.VITE_CTP_AUTH_URL) || mockUrl,
    clientId: data.VITE_CTP_CLIENT_ID ?? MOCK_DEFAULTS.clientId,
    clientSecret: data.VITE_CTP_CLIENT_SECRET ?? MOCK_DEFAULTS.clientSecret,
    scopes: data.VITE_CTP_SCOPES ?? defaultScopes(projectKey, storeKey),
    storeKey,
    accountServiceUrl: data.VITE_ACCOUNT_SERVICE_URL,
  };
}
