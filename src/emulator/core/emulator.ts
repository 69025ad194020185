import { accountServiceRoutes } from '../account-service/routes';
import { createContext } from './context';
import { createControls, type EmulatorControls } from './controls/controls';
import { controlRoutes } from './controls/control-routes';
import { errors } from './errors';
import { errorResponse } from './http';
import { resolveOptions, type EmulatorOptions } from './options';
import type { Route } from './route';
import { route } from './router';
import {
  authRoutes,
  cartRoutes,
  customerTokenRoutes,
  meRoutes,
  notBuiltRoutes,
  productRoutes,
} from './routes';
import { emptyState } from './state';
import type { EmulatorRequest, EmulatorResponse } from './types';

export interface Emulator {
  handle(req: EmulatorRequest): Promise<EmulatorResponse>;
  controls: EmulatorControls;
  readonly options: EmulatorOptions;
}

const delay = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createEmulator(
  options: Partial<EmulatorOptions> = {},
): Emulator {
  const resolved = resolveOptions(options);
  const ctx = createContext(resolved, emptyState());
  const controls = createControls(ctx);
  controls.reset();
  const control = controlRoutes(controls);
  const api: Route[] = [
    ...accountServiceRoutes,
    ...authRoutes,
    ...meRoutes,
    ...customerTokenRoutes,
    ...notBuiltRoutes,
    ...cartRoutes,
    ...productRoutes,
  ];

  async function handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    if (req.path.startsWith('/__emulator/')) {
      return route(ctx, control, req);
    }
    const { latencyMs, outage, failureRate } = ctx.faults;
    if (latencyMs > 0) await delay(latencyMs);
    if (outage) {
      return errorResponse(
        errors.general(503, 'The service is temporarily unavailable.'),
      );
    }
    if (failureRate > 0 && resolved.random() < failureRate) {
      return errorResponse(
        errors.general(500, 'Simulated failure (emulator fault).'),
      );
    }
    return route(ctx, api, req);
  }

  return { handle, controls, options: resolved };
}
