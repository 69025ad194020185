import type { Context } from './context';
import type { EmulatorRequest, EmulatorResponse } from './types';

export type Params = Record<string, string>;

export type Handler = (
  ctx: Context,
  req: EmulatorRequest,
  params: Params,
) => Promise<EmulatorResponse> | EmulatorResponse;

export interface Route {
  /** An HTTP method, or `*` for any. */
  method: string;
  /**
   * Segments; `:name` captures one, `key=:name` captures after `key=`,
   * a trailing `*` matches the rest.
   */
  pattern: string;
  handler: Handler;
}
