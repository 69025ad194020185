import { ApiError, isUnavailable } from './api-error';
import { config } from './config';

export interface ErrorDescription {
  /** Form field name → message, for errors that belong to one field. */
  fieldErrors: Record<string, string>;
  /** Messages for the error summary at the top of the form. */
  formErrors: string[];
}

/** Codes are plain strings: the auth host's codes are not in the SDK union. */
interface ErrorItem {
  code: string;
  message: string;
  field?: unknown;
}

interface Entry {
  message: string | ((error: ErrorItem) => string);
  /** The form field it belongs to; `true` takes the error's own `field`. */
  field?: string | true;
}

export const UNAVAILABLE_MESSAGE = 'The service is unavailable, try again.';
const GENERIC_MESSAGE = 'Something went wrong. Please try again.';
// A store build only knows its own store's customers (and global ones); an
// account made in another store fails like a wrong password, so say so.
const WRONG_CREDENTIALS = config.storeKey
  ? 'Email or password is wrong. An account from another of our shops ' +
    'cannot sign in here.'
  : 'Email or password is wrong.';

/** The one table from API error codes to what the user reads. */
export const errorTable: Record<string, Entry> = {
  DuplicateField: {
    field: true,
    message: (e) =>
      e.field === 'email'
        ? 'An account with this email already exists.'
        : 'This value is already in use.',
  },
  InvalidCredentials: { message: WRONG_CREDENTIALS },
  invalid_customer_account_credentials: { message: WRONG_CREDENTIALS },
  InvalidCurrentPassword: {
    field: 'currentPassword',
    message: 'The current password is wrong.',
  },
  ConcurrentModification: {
    message: 'This account was changed elsewhere. Review and save again.',
  },
  RequiredField: { field: true, message: 'This field is required.' },
  InvalidField: { field: true, message: 'This value is not accepted.' },
  InvalidInput: { message: 'Some details are not valid.' },
  InvalidJsonInput: { message: 'Some details are not valid.' },
  InvalidOperation: { message: 'That change is not possible.' },
  LockedField: {
    field: true,
    message: 'This is being changed right now. Try again in a moment.',
  },
  ResourceNotFound: { message: 'This account could not be found.' },
  ExpiredCustomerPasswordToken: {
    message: 'This link has expired. Ask for a new one.',
  },
  ExpiredCustomerEmailToken: {
    message: 'This link has expired. Ask for a new one.',
  },
  invalid_token: { message: 'Your session has ended. Please sign in again.' },
  insufficient_scope: {
    message: 'Your session has ended. Please sign in again.',
  },
};

/**
 * Turns any thrown error into messages on fields and for the summary.
 * `fields` names the fields the form shows; an error for a field the form
 * does not have goes to the summary instead of disappearing.
 */
export function describeApiError(
  error: unknown,
  fields?: readonly string[],
): ErrorDescription {
  const result: ErrorDescription = { fieldErrors: {}, formErrors: [] };
  if (isUnavailable(error) || !(error instanceof ApiError)) {
    result.formErrors.push(
      isUnavailable(error) ? UNAVAILABLE_MESSAGE : GENERIC_MESSAGE,
    );
    return result;
  }
  const errors: ErrorItem[] = error.errors.length
    ? error.errors
    : [{ code: error.code ?? 'General', message: error.message }];
  for (const item of errors) {
    const entry = errorTable[item.code];
    const message = !entry
      ? GENERIC_MESSAGE
      : typeof entry.message === 'string'
        ? entry.message
        : entry.message(item);
    const field = fieldOf(entry, item);
    const shown = field && (!fields || fields.includes(field));
    if (shown && field && !result.fieldErrors[field]) {
      result.fieldErrors[field] = message;
    } else if (!result.formErrors.includes(message)) {
      result.formErrors.push(message);
    }
  }
  return result;
}

function fieldOf(entry: Entry | undefined, item: ErrorItem) {
  if (!entry?.field) return undefined;
  if (entry.field !== true) return entry.field;
  return typeof item.field === 'string' ? item.field : undefined;
}
