/**
 * Errors the emulator answers with. Each carries the real API's body:
 * `{statusCode, message, errors: [...]}`, plus `error` and
 * `error_description` on the auth host and for bearer-token failures.
 */
export interface ErrorItem {
  code: string;
  message: string;
  [field: string]: unknown;
}

export interface ErrorBody {
  statusCode: number;
  message: string;
  errors: ErrorItem[];
  error?: string;
  error_description?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly errors: ErrorItem[];
  readonly oauth?: { error: string; description?: string };

  constructor(
    status: number,
    errors: ErrorItem[],
    oauth?: { error: string; description?: string },
  ) {
    super(errors[0]?.message ?? 'Error');
    this.status = status;
    this.errors = errors;
    this.oauth = oauth;
  }

  body(): ErrorBody {
    const body: ErrorBody = {
      statusCode: this.status,
      message: this.message,
      errors: this.errors,
    };
    if (this.oauth) {
      body.error = this.oauth.error;
      if (this.oauth.description !== undefined) {
        body.error_description = this.oauth.description;
      }
    }
    return body;
  }
}

function single(status: number, item: ErrorItem): ApiError {
  return new ApiError(status, [item]);
}

/** Auth-host errors: the code doubles as the OAuth `error` field. */
export function authError(
  status: number,
  code: string,
  message: string,
): ApiError {
  return new ApiError(status, [{ code, message }], {
    error: code,
    description: message,
  });
}

export const errors = {
  invalidJsonInput: (detail: string) =>
    single(400, {
      code: 'InvalidJsonInput',
      message: 'Request body does not contain valid JSON.',
      detailedErrorMessage: detail,
    }),
  invalidInput: (message: string) =>
    single(400, { code: 'InvalidInput', message }),
  invalidOperation: (message: string) =>
    single(400, { code: 'InvalidOperation', message }),
  invalidField: (field: string, value: unknown, allowed?: unknown[]) =>
    single(400, {
      code: 'InvalidField',
      message: `The value ${JSON.stringify(value)} is not valid for field ${field}.`,
      field,
      invalidValue: value,
      ...(allowed ? { allowedValues: allowed } : {}),
    }),
  duplicateEmail: (email: string) =>
    single(400, {
      code: 'DuplicateField',
      message: 'There is already an existing customer with the provided email.',
      field: 'email',
      duplicateValue: email,
    }),
  duplicateField: (field: string, value: unknown) =>
    single(400, {
      code: 'DuplicateField',
      message: `A duplicate value ${JSON.stringify(value)} exists for field ${field}.`,
      field,
      duplicateValue: value,
    }),
  concurrentModification: (id: string, expected: number, current: number) =>
    single(409, {
      code: 'ConcurrentModification',
      message:
        `Object ${id} has a different version than expected. ` +
        `Expected: ${expected} - Actual: ${current}.`,
      currentVersion: current,
    }),
  resourceNotFound: (id: string) =>
    single(404, {
      code: 'ResourceNotFound',
      message: `The Resource with ID '${id}' was not found.`,
    }),
  notFound: (message: string) =>
    single(404, { code: 'ResourceNotFound', message }),
  referencedResourceNotFound: (typeId: string, key: string) =>
    single(400, {
      code: 'ReferencedResourceNotFound',
      message: `The referenced object of type '${typeId}' with key '${key}' was not found. It either doesn't exist, or it can't be accessed from this endpoint (e.g., if the endpoint filters by store or customer account).`,
      typeId,
      key,
    }),
  invalidCredentials: () =>
    single(400, {
      code: 'InvalidCredentials',
      message: 'Account with the given credentials not found.',
    }),
  invalidCurrentPassword: () =>
    single(400, {
      code: 'InvalidCurrentPassword',
      message: 'The given current password does not match.',
    }),
  expiredPasswordToken: () =>
    single(400, {
      code: 'ExpiredCustomerPasswordToken',
      message: 'The given password token has expired.',
    }),
  expiredEmailToken: () =>
    single(400, {
      code: 'ExpiredCustomerEmailToken',
      message: 'The given email token has expired.',
    }),
  invalidToken: () =>
    new ApiError(401, [{ code: 'invalid_token', message: 'invalid_token' }], {
      error: 'invalid_token',
    }),
  insufficientScope: (scopes: string[]) =>
    authError(
      403,
      'insufficient_scope',
      'Insufficient scope. One of the following scopes is missing: ' +
        `${scopes.join(', ')}.`,
    ),
  matchingPriceNotFound: (
    productId: string,
    variantId: number,
    currency: string,
  ) =>
    single(400, {
      code: 'MatchingPriceNotFound',
      message:
        `The variant ${variantId} of product ${productId} does not contain ` +
        `a price for currency ${currency}, no country, no customer group, ` +
        'no channel.',
      productId,
      variantId,
      currency,
    }),
  countryNotInStore: (country: string, store: string, countries: string[]) =>
    single(400, {
      code: 'CountryNotConfiguredInStore',
      message: `The country '${country}' is not configured for the store '${store}'.`,
      storeCountries: countries,
      country,
    }),
  notBuilt: (what: string) =>
    single(501, {
      code: 'General',
      message: `${what} is not built in the emulator.`,
    }),
  general: (status: number, message: string) =>
    single(status, { code: 'General', message }),
};
