import type { Context } from './context';
import { ApiError, errors } from './errors';
import { errorResponse } from './http';
import type { Params, Route } from './route';
import type { EmulatorRequest, EmulatorResponse } from './types';

function matchSegment(pattern: string, segment: string, params: Params) {
  if (pattern.startsWith(':')) {
    params[pattern.slice(1)] = segment;
    return true;
  }
  const eq = pattern.indexOf('=:');
  if (eq !== -1) {
    const prefix = pattern.slice(0, eq + 1);
    if (!segment.startsWith(prefix) || segment.length === prefix.length) {
      return false;
    }
    params[pattern.slice(eq + 2)] = segment.slice(prefix.length);
    return true;
  }
  return pattern === segment;
}

function match(pattern: string, segments: string[]): Params | undefined {
  const parts = pattern.split('/').filter(Boolean);
  if (parts[parts.length - 1] === '*') {
    // A trailing `*` matches whatever follows, including nothing.
    parts.pop();
    if (segments.length < parts.length) return undefined;
    segments = segments.slice(0, parts.length);
  }
  if (parts.length !== segments.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < parts.length; i++) {
    if (!matchSegment(parts[i] ?? '', segments[i] ?? '', params)) {
      return undefined;
    }
  }
  return params;
}

function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Checks the path's project and store before any handler runs. */
function checkParams(ctx: Context, params: Params): void {
  if (params.pk !== undefined && params.pk !== ctx.options.projectKey) {
    throw errors.notFound(`The project '${params.pk}' was not found.`);
  }
  const store = params.storeKey;
  if (store !== undefined && !ctx.options.stores.some((s) => s.key === store)) {
    throw errors.notFound(`The Store with key '${store}' was not found.`);
  }
}

export async function route(
  ctx: Context,
  routes: Route[],
  req: EmulatorRequest,
): Promise<EmulatorResponse> {
  const segments = splitPath(req.path);
  const method = req.method.toUpperCase();
  let pathMatched = false;
  try {
    for (const r of routes) {
      const params = match(r.pattern, segments);
      if (!params) continue;
      pathMatched = true;
      if (r.method !== method && r.method !== '*') continue;
      checkParams(ctx, params);
      return await r.handler(ctx, req, params);
    }
    if (pathMatched) {
      throw errors.general(405, `Method ${method} is not allowed here.`);
    }
    throw errors.notFound(`No endpoint ${method} ${req.path}.`);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    // Any other throw is an emulator bug. The caller gets the platform's
    // plain 500, never the message or stack (they may quote stored data);
    // the details go to whoever runs the emulator.
    ctx.options.reportError(error);
    return errorResponse(errors.general(500, 'Internal Server Error.'));
  }
}
