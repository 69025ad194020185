import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Emulator, EmulatorResponse } from '../core';

const PLAIN_500: EmulatorResponse = {
  status: 500,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({
    statusCode: 500,
    message: 'Internal Server Error.',
    errors: [{ code: 'General', message: 'Internal Server Error.' }],
  }),
};

/** Splits `baseUrl` into the origin and the path prefix to strip. */
function parseBase(baseUrl: string): { origin: string; prefix: string } {
  const url = new URL(baseUrl);
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

/**
 * One catch-all handler: everything under `baseUrl` goes to the core,
 * paths made relative to it (`/oauth/...`, `/{projectKey}/...`,
 * `/__emulator/...`).
 */
export function createHandlers(
  emulator: Emulator,
  baseUrl: string,
): HttpHandler[] {
  const { origin, prefix } = parseBase(baseUrl);
  return [
    http.all(`${origin}${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      let answer: EmulatorResponse;
      try {
        answer = await emulator.handle({
          method: request.method,
          path: url.pathname.slice(prefix.length) || '/',
          query: url.searchParams,
          headers,
          body: await request.text(),
        });
      } catch (error) {
        // MSW would answer a throw with its message and stack; the
        // client gets the platform's plain 500 instead.
        emulator.options.reportError(error);
        answer = PLAIN_500;
      }
      return new HttpResponse(answer.body === '' ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      });
    }),
  ];
}
