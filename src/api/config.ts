import { type AppConfig, parseConfig } from './config-schema';

export { ConfigError } from './config-error';
export {
  type ApiMode,
  type AppConfig,
  defaultScopes,
  type EnvSource,
  MOCK_DEFAULTS,
  parseConfig,
} from './config-schema';

const origin =
  typeof location === 'undefined' ? 'http://127.0.0.1' : location.origin;

// Mock mode's in-browser emulator answers on the app's own origin. A static
// check, so a live build carries neither the emulator nor its address.
const emulatorUrl =
  import.meta.env.VITE_API_MODE === 'live' ? '' : `${origin}/ct-emulator`;

export const config: AppConfig = parseConfig(import.meta.env, emulatorUrl);
