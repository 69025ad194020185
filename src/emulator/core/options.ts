export interface ApiClientConfig {
  id: string;
  secret: string;
  /** Full scope strings, e.g. `manage_my_profile:demo`. */
  scopes: string[];
}

export interface StoreConfig {
  key: string;
  name: string;
  countries: string[];
}

export type VersionIncrement = 'perAction' | 'perRequest';

export interface EmulatorOptions {
  projectKey: string;
  clients: ApiClientConfig[];
  stores: StoreConfig[];
  /** Project languages; `setLocale` accepts only these. */
  languages: string[];
  accessTokenSeconds: number;
  /** Sliding: every refresh restarts it. */
  refreshTokenSeconds: number;
  passwordTokenMinutes: number;
  versionIncrement: VersionIncrement;
  /** Time source in epoch milliseconds; `advanceClock` adds to it. */
  now: () => number;
  /** Seed applied on creation and by `reset()`. */
  seed: string;
  /** Random source for the failure-rate fault. */
  random: () => number;
  /** Told about emulator bugs; the client only sees a plain 500. */
  reportError: (error: unknown) => void;
}

export const SPA_SCOPE_NAMES = [
  'manage_my_profile',
  'manage_my_orders',
  'create_anonymous_token',
  'view_published_products',
];

export function defaultClients(projectKey: string): ApiClientConfig[] {
  const spa = SPA_SCOPE_NAMES.map((name) => `${name}:${projectKey}`);
  return [
    { id: 'spa-client', secret: 'spa-secret', scopes: spa },
    {
      id: 'admin-client',
      secret: 'admin-secret',
      scopes: [
        `manage_customers:${projectKey}`,
        `introspect_oauth_tokens:${projectKey}`,
        ...spa,
      ],
    },
  ];
}

export function resolveOptions(
  partial: Partial<EmulatorOptions> = {},
): EmulatorOptions {
  const projectKey = partial.projectKey ?? 'demo';
  return {
    projectKey,
    clients: partial.clients ?? defaultClients(projectKey),
    stores: partial.stores ?? [
      { key: 'berlin', name: 'Berlin', countries: ['DE'] },
      { key: 'paris', name: 'Paris', countries: ['FR'] },
    ],
    languages: partial.languages ?? ['en', 'de'],
    accessTokenSeconds: partial.accessTokenSeconds ?? 172800,
    refreshTokenSeconds: partial.refreshTokenSeconds ?? 200 * 24 * 3600,
    passwordTokenMinutes: partial.passwordTokenMinutes ?? 1440,
    versionIncrement: partial.versionIncrement ?? 'perAction',
    now: partial.now ?? (() => Date.now()),
    seed: partial.seed ?? 'demo',
    random: partial.random ?? Math.random,
    reportError:
      partial.reportError ??
      ((error) => console.error('Emulator bug, answered 500:', error)),
  };
}
