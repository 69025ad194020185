import type { Emulator } from '../core';
import { basic, SPA, type TokenBody } from './client';

export interface CoreAnswer {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

/**
 * Calls an emulator core directly (no MSW): for tests that build their
 * own emulator, e.g. to watch for emulator bugs or to share a storage.
 */
export function coreClient(emulator: Emulator, projectKey = 'demo') {
  async function call(
    method: string,
    path: string,
    init: {
      token?: string;
      body?: unknown;
      form?: string;
      client?: typeof SPA;
    },
  ): Promise<CoreAnswer> {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.client) headers.authorization = basic(init.client);
    const [pathname = '', search = ''] = path.split('?');
    const body =
      init.form ??
      (init.body === undefined
        ? ''
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body));
    const answer = await emulator.handle({
      method,
      path: pathname,
      query: new URLSearchParams(search),
      headers,
      body,
    });
    const parsed: unknown = answer.body ? JSON.parse(answer.body) : {};
    return {
      status: answer.status,
      body: parsed as Record<string, unknown>,
      text: answer.body,
    };
  }

  const form = (path: string, params: Record<string, string>, client = SPA) =>
    call('POST', path, {
      client,
      form: new URLSearchParams(params).toString(),
    });

  return {
    call,
    form,
    api: (method: string, path: string, token?: string, body?: unknown) =>
      call(method, `/${projectKey}${path}`, { token, body }),
    anonymous: async (params: Record<string, string> = {}) =>
      (
        await form(`/oauth/${projectKey}/anonymous/token`, {
          grant_type: 'client_credentials',
          ...params,
        })
      ).body as unknown as TokenBody,
    password: (username: string, password: string, storeKey?: string) =>
      form(
        `/oauth/${projectKey}${storeKey ? `/in-store/key=${storeKey}` : ''}` +
          '/customers/token',
        { grant_type: 'password', username, password },
      ),
  };
}
