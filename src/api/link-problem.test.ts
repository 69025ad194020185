import type { ErrorObject } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from './api-error';
import { linkProblem } from './link-problem';

const apiError = (status: number, code: string) =>
  new ApiError(status, {
    statusCode: status,
    message: code,
    errors: [{ code, message: code } as ErrorObject],
  });

describe('linkProblem', () => {
  it('tells an expired reset or verification token', () => {
    expect(linkProblem(apiError(400, 'ExpiredCustomerPasswordToken'))).toBe(
      'expired',
    );
    expect(linkProblem(apiError(400, 'ExpiredCustomerEmailToken'))).toBe(
      'expired',
    );
  });

  it('takes a 404 for an unknown or used token', () => {
    expect(linkProblem(apiError(404, 'ResourceNotFound'))).toBe('invalid');
  });

  it('keeps an outage apart from a bad link', () => {
    expect(linkProblem(new NetworkError())).toBe('unavailable');
    expect(linkProblem(apiError(503, 'General'))).toBe('unavailable');
  });

  it('calls anything else a failure', () => {
    expect(linkProblem(apiError(400, 'InvalidJsonInput'))).toBe('failed');
    expect(linkProblem(new Error('boom'))).toBe('failed');
  });
});
