import type { ErrorObject, ErrorResponse } from '@commercetools/platform-sdk';

/** An answer from the API or the auth host with a non-2xx status. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorResponse | undefined;
  readonly errors: ErrorObject[];
  /** The first error's code, or the OAuth `error` field. */
  readonly code?: string;

  constructor(status: number, body: ErrorResponse | undefined) {
    super(body?.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.errors = body?.errors ?? [];
    this.code = this.errors[0]?.code ?? oauthError(body);
  }

  hasCode(code: string): boolean {
    return this.code === code || this.errors.some((e) => e.code === code);
  }
}

/** The request never got an HTTP answer (offline, DNS, CORS, aborted). */
export class NetworkError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The service could not be reached.', options);
    this.name = 'NetworkError';
  }
}

function oauthError(body: ErrorResponse | undefined): string | undefined {
  if (!body || !('error' in body)) return undefined;
  const value: unknown = body.error;
  return typeof value === 'string' ? value : undefined;
}

export function isConcurrentModification(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.hasCode('ConcurrentModification')
  );
}

/** 5xx and unreachable: the "service unavailable" family. */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError && error.status >= 500)
  );
}
