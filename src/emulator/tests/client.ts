/**
 * A small fetch client for the emulator tests: it speaks the auth host
 * and the API the way an SPA does, and returns status plus parsed body.
 */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TokenBody {
  access_token: string;
  refresh_token?: string;
  scope: string;
  expires_in: number;
  token_type: string;
}

export const SPA = { id: 'spa-client', secret: 'spa-secret' };
export const ADMIN = { id: 'admin-client', secret: 'admin-secret' };

export function basic(client: { id: string; secret: string }): string {
  return `Basic ${btoa(`${client.id}:${client.secret}`)}`;
}

async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as T;
  return { status: response.status, body, headers: response.headers };
}

export function createTestClient(baseUrl: string, projectKey = 'demo') {
  const form = async <T = Record<string, unknown>>(
    path: string,
    params: Record<string, string>,
    client = SPA,
  ) =>
    answer<T>(
      await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: basic(client),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(params).toString(),
      }),
    );

  const ok = async (pending: Promise<Answer<TokenBody>>) => {
    const result = await pending;
    if (result.status !== 200) {
      throw new Error(`token call failed: ${JSON.stringify(result.body)}`);
    }
    return result.body;
  };

  const api = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ) =>
    answer<T>(
      await fetch(`${baseUrl}/${projectKey}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body:
          body === undefined
            ? undefined
            : typeof body === 'string'
              ? body
              : JSON.stringify(body),
      }),
    );

  const storePath = (storeKey?: string) =>
    storeKey ? `/in-store/key=${storeKey}` : '';

  return {
    form,
    api,
    anonymous: (params: Record<string, string> = {}) =>
      ok(
        form<TokenBody>(`/oauth/${projectKey}/anonymous/token`, {
          grant_type: 'client_credentials',
          ...params,
        }),
      ),
    clientCredentials: (client = SPA) =>
      ok(
        form<TokenBody>(
          '/oauth/token',
          { grant_type: 'client_credentials' },
          client,
        ),
      ),
    password: (email: string, password: string, storeKey?: string) =>
      ok(
        form<TokenBody>(
          `/oauth/${projectKey}${storePath(storeKey)}/customers/token`,
          { grant_type: 'password', username: email, password },
        ),
      ),
    refresh: (refreshToken: string) =>
      form<TokenBody>('/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }),
    /** Sign-up with a fresh anonymous token, then the password flow. */
    signUp: async (
      draft: Record<string, unknown> & { email: string; password: string },
      storeKey?: string,
    ) => {
      const anon = await ok(
        form<TokenBody>(`/oauth/${projectKey}/anonymous/token`, {
          grant_type: 'client_credentials',
        }),
      );
      const result = await api(
        'POST',
        `${storePath(storeKey)}/me/signup`,
        anon.access_token,
        draft,
      );
      if (result.status !== 201) {
        throw new Error(`sign-up failed: ${JSON.stringify(result.body)}`);
      }
      return ok(
        form<TokenBody>(
          `/oauth/${projectKey}${storePath(storeKey)}/customers/token`,
          {
            grant_type: 'password',
            username: draft.email,
            password: draft.password,
          },
        ),
      );
    },
    control: async (path: string, body?: unknown) =>
      answer(
        await fetch(`${baseUrl}/__emulator${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  };
}

export type TestClient = ReturnType<typeof createTestClient>;
