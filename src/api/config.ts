import * as z from 'zod/mini';

import { ConfigError } from './config-error';

export { ConfigError };

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

const SPA_SCOPES = [
  'manage_my_profile',
  'manage_my_orders',
  'create_anonymous_token',
  'view_published_products',
];

/** The public single-page-app scopes, for a project key. */
export function defaultScopes(projectKey: string): string {
  return SPA_SCOPES.map((scope) => `${scope}:${projectKey}`).join(' ');
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
 */
export function parseConfig(env: EnvSource, origin: string): AppConfig {
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
  const emulatorUrl = `${origin.replace(/\/+$/, '')}/ct-emulator`;
  const live = data.VITE_API_MODE === 'live';
  const projectKey = data.VITE_CTP_PROJECT_KEY ?? MOCK_DEFAULTS.projectKey;
  return {
    mode: data.VITE_API_MODE,
    projectKey,
    apiUrl: (live && data.VITE_CTP_API_URL) || emulatorUrl,
    authUrl: (live && data.VITE_CTP_AUTH_URL) || emulatorUrl,
    clientId: data.VITE_CTP_CLIENT_ID ?? MOCK_DEFAULTS.clientId,
    clientSecret: data.VITE_CTP_CLIENT_SECRET ?? MOCK_DEFAULTS.clientSecret,
    scopes: data.VITE_CTP_SCOPES ?? defaultScopes(projectKey),
    storeKey: data.VITE_CTP_STORE_KEY,
    accountServiceUrl: data.VITE_ACCOUNT_SERVICE_URL,
  };
}

const defaultOrigin =
  typeof location === 'undefined' ? 'http://127.0.0.1' : location.origin;

export const config: AppConfig = parseConfig(import.meta.env, defaultOrigin);
