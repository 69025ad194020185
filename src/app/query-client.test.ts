import type { ErrorResponse } from '@commercetools/platform-sdk';
import { MutationObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError, NetworkError } from '../api/api-error';
import {
  createQueryClient,
  queryRetryDelay,
  shouldRetryQuery,
} from './query-client';

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

describe('the query client under an outage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits longer before each retry', () => {
    expect([0, 1, 2, 5].map(queryRetryDelay)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('reads again after a 503 and a network failure, then succeeds', async () => {
    const answers = [status(503), new NetworkError()];
    let calls = 0;
    const read = createQueryClient().fetchQuery({
      queryKey: ['read'],
      queryFn: () => {
        calls += 1;
        const failure = answers.shift();
        return failure ? Promise.reject(failure) : Promise.resolve('data');
      },
    });

    await vi.runAllTimersAsync();

    await expect(read).resolves.toBe('data');
    expect(calls).toBe(3);
  });

  it('sends a failed write once', async () => {
    let calls = 0;
    const outcome = new MutationObserver(createQueryClient(), {
      mutationFn: () => {
        calls += 1;
        return Promise.reject(new NetworkError());
      },
    })
      .mutate()
      .catch((error: unknown) => error);

    await vi.runAllTimersAsync();

    expect(await outcome).toBeInstanceOf(NetworkError);
    expect(calls).toBe(1);
  });
});
