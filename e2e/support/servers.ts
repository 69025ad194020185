/**
 * Where the Playwright projects' servers listen. Shared by
 * playwright.config.ts and the specs that talk to the emulator directly.
 */
/**
 * Set E2E_PORT_BASE to run a second suite beside another one on the same
 * machine: the emulator listens on the base, the apps on base + 3 to 5.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4170);

export const EMULATOR_PORT = PORT_BASE;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
export const EMULATOR_PROJECT_KEY = 'demo';

export interface BuildTarget {
  /** Playwright project name; the build goes to `dist-<name>-<port>`. */
  name: string;
  port: number;
  /** The app's VITE_* variables for this build. */
  env: Record<string, string>;
}

const liveEnv = {
  VITE_API_MODE: 'live',
  VITE_CTP_PROJECT_KEY: EMULATOR_PROJECT_KEY,
  VITE_CTP_API_URL: EMULATOR_URL,
  VITE_CTP_AUTH_URL: EMULATOR_URL,
  VITE_CTP_CLIENT_ID: 'spa-client',
  VITE_CTP_CLIENT_SECRET: 'spa-secret',
  // The emulator plays the account service too (docs/account-service.md).
  VITE_ACCOUNT_SERVICE_URL: `${EMULATOR_URL}/account-service`,
};

const { VITE_ACCOUNT_SERVICE_URL: _, ...liveWithoutAccountService } = liveEnv;

export const BUILD_TARGETS = {
  mock: { name: 'e2e', port: PORT_BASE + 3, env: { VITE_API_MODE: 'mock' } },
  liveGlobal: { name: 'live-global', port: PORT_BASE + 4, env: liveEnv },
  // A store build without an account service, as a shop may ship one: it
  // must hide the reset and verification links (store-*.spec.ts).
  liveBerlin: {
    name: 'live-berlin',
    port: PORT_BASE + 5,
    env: { ...liveWithoutAccountService, VITE_CTP_STORE_KEY: 'berlin' },
  },
} satisfies Record<string, BuildTarget>;

export const baseUrlOf = (target: BuildTarget) =>
  `http://127.0.0.1:${target.port}`;
