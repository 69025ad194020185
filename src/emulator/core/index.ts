export type { EmulatorRequest, EmulatorResponse } from './types';
export type { Emulator } from './emulator';
export { createEmulator } from './emulator';
export type {
  EmulatorControls,
  EmulatorSnapshot,
  FaultSettings,
} from './controls/controls';
export type { Faults } from './context';
export type {
  ApiClientConfig,
  EmulatorOptions,
  StoreConfig,
  VersionIncrement,
} from './options';
export type { OutboxMessage } from './state';
export { DEMO_CUSTOMER } from './controls/seeds';
export { CUSTOM_TYPES } from './custom-types';
