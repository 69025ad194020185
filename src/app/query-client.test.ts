import type { ErrorResponse } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from '../api/api-error';
import { createQueryClient, shouldRetryQuery } from './query-client';

const status = (code: number) =>
  new ApiError(code, { statusCode: code, message: 'x' } as ErrorResponse);

describe('query retries', () => {
  it.each([400, 401, 403, 404, 409])('does not retry a %i', (code) => {
    expect(shouldRetryQuery(0, status(code))).toBe(false);
  });

  it('retries outages a few times, then stops', () => {
    expect(shouldRetryQuery(0, status(503))).toBe(true);
    expect(shouldRetryQuery(2, new NetworkError())).toBe(true);
    expect(shouldRetryQuery(3, new NetworkError())).toBe(false);
  });

  it('never retries writes and refetches on focus', () => {
    const defaults = createQueryClient().getDefaultOptions();

    expect(defaults.mutations?.retry).toBe(0);
    expect(defaults.queries?.refetchOnWindowFocus).toBe(true);
  });
});
