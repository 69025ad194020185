import type { ErrorResponse } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError, NetworkError } from './api-error';
import { inEnglish } from '../ui/i18n/in-english';
import { describeApiError as describeInKeys } from './error-messages';

/** The description as an English reader sees it. */
const describeApiError = (...args: Parameters<typeof describeInKeys>) =>
  inEnglish(describeInKeys(...args));

function apiError(status: number, body: object): ApiError {
  return new ApiError(status, body as ErrorResponse);
}

const duplicateEmail = apiError(400, {
  statusCode: 400,
  message: 'There is already an existing customer with the provided email.',
  errors: [
    {
      code: 'DuplicateField',
      message: 'There is already an existing customer with the provided email.',
      field: 'email',
      duplicateValue: 'sam.sample@example.com',
    },
  ],
});

describe('describeApiError', () => {
  it('puts a duplicate email on the Email field', () => {
    expect(describeApiError(duplicateEmail, ['email', 'password'])).toEqual({
      fieldErrors: { email: 'An account with this email already exists.' },
      formErrors: [],
    });
  });

  it('moves a field error to the summary when the form lacks the field', () => {
    expect(describeApiError(duplicateEmail, ['firstName'])).toEqual({
      fieldErrors: {},
      formErrors: ['An account with this email already exists.'],
    });
  });

  it.each([
    ['InvalidCredentials', 400],
    ['invalid_customer_account_credentials', 400],
  ])('answers %s with one neutral form message', (code, status) => {
    const error = apiError(status, {
      statusCode: status,
      message: 'Customer account with the given credentials not found.',
      errors: [{ code, message: 'not found' }],
    });

    expect(describeApiError(error, ['email', 'password'])).toEqual({
      fieldErrors: {},
      formErrors: ['Email or password is wrong.'],
    });
  });

  it('reads the OAuth error field when there is no errors list', () => {
    const error = apiError(400, {
      statusCode: 400,
      message: 'Customer account with the given credentials not found.',
      error: 'invalid_customer_account_credentials',
    });

    expect(describeApiError(error).formErrors).toEqual([
      'Email or password is wrong.',
    ]);
  });

  it('puts a wrong current password on its field', () => {
    const error = apiError(400, {
      statusCode: 400,
      message: 'The given current password does not match.',
      errors: [{ code: 'InvalidCurrentPassword', message: 'no match' }],
    });

    expect(describeApiError(error, ['currentPassword']).fieldErrors).toEqual({
      currentPassword: 'The current password is wrong.',
    });
  });

  it('asks to wait when the account service limits requests', () => {
    const error = apiError(429, {
      statusCode: 429,
      message: 'Too many requests.',
      errors: [
        { code: 'TooManyRequests', message: 'wait', retryAfterSeconds: 40 },
      ],
    });

    expect(describeApiError(error, ['email']).formErrors).toEqual([
      'That was asked for too often just now. Please wait a moment and try again.',
    ]);
  });

  it('lists several errors once each, fields first come first served', () => {
    const error = apiError(400, {
      statusCode: 400,
      message: 'A value is required for field firstName.',
      errors: [
        { code: 'RequiredField', field: 'firstName', message: 'a' },
        { code: 'RequiredField', field: 'lastName', message: 'b' },
        { code: 'InvalidInput', message: 'c' },
        { code: 'InvalidJsonInput', message: 'd' },
      ],
    });

    expect(describeApiError(error, ['firstName', 'lastName'])).toEqual({
      fieldErrors: {
        firstName: 'This field is required.',
        lastName: 'This field is required.',
      },
      formErrors: ['Some details are not valid.'],
    });
  });

  it.each([
    ['a network failure', new NetworkError()],
    ['a 5xx', apiError(503, { statusCode: 503, message: 'down' })],
    ['a 5xx without a body', new ApiError(500, undefined)],
  ])('calls %s "service unavailable"', (_name, error) => {
    expect(describeApiError(error)).toEqual({
      fieldErrors: {},
      formErrors: ['The service is unavailable, try again.'],
    });
  });

  it('falls back to a generic message for unknown codes and errors', () => {
    const unknown = apiError(400, {
      statusCode: 400,
      message: 'x',
      errors: [{ code: 'SomethingNew', message: 'x' }],
    });

    expect(describeApiError(unknown).formErrors).toEqual([
      'Something went wrong. Please try again.',
    ]);
    expect(describeApiError(new Error('boom')).formErrors).toEqual([
      'Something went wrong. Please try again.',
    ]);
  });
});
