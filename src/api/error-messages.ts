import type { CoreMessages } from '../ui/i18n/messages-en';
import { ApiError, isUnavailable } from './api-error';
import { config } from './config';

/** A core message key; resolved to words where the message is shown. */
type MessageKey = keyof CoreMessages;

/**
 * The messages are message keys, not words: the field and the error
 * summary show them in the language of the moment.
 */
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
  message: MessageKey | ((error: ErrorItem) => MessageKey);
  /** The form field it belongs to; `true` takes the error's own `field`. */
  field?: string | true;
}

export const UNAVAILABLE_MESSAGE = 'error.unavailable' satisfies MessageKey;
const GENERIC_MESSAGE: MessageKey = 'error.generic';
// A store build only knows its own store's customers (and global ones); an
// account made in another store fails like a wrong password, so say so.
const WRONG_CREDENTIALS: MessageKey = config.storeKey
  ? 'error.wrongCredentialsStore'
  : 'error.wrongCredentials';
const SESSION_ENDED: MessageKey = 'error.sessionEnded';

/** The one table from API error codes to what the user reads. */
export const errorTable: Record<string, Entry> = {
  DuplicateField: {
    field: true,
    message: (e) =>
      e.field === 'email' ? 'error.duplicateEmail' : 'error.duplicateValue',
  },
  InvalidCredentials: { message: WRONG_CREDENTIALS },
  invalid_customer_account_credentials: { message: WRONG_CREDENTIALS },
  InvalidCurrentPassword: {
    field: 'currentPassword',
    message: 'error.wrongCurrentPassword',
  },
  ConcurrentModification: { message: 'error.changedElsewhere' },
  RequiredField: { field: true, message: 'error.required' },
  InvalidField: { field: true, message: 'error.invalidField' },
  InvalidInput: { message: 'error.invalidInput' },
  InvalidJsonInput: { message: 'error.invalidInput' },
  InvalidOperation: { message: 'error.invalidOperation' },
  LockedField: { field: true, message: 'error.locked' },
  ResourceNotFound: { message: 'error.notFound' },
  ExpiredCustomerPasswordToken: { message: 'error.linkExpiredAskNew' },
  ExpiredCustomerEmailToken: { message: 'error.linkExpiredAskNew' },
  // The account service's rate limit (docs/account-service.md).
  TooManyRequests: { message: 'error.tooManyRequests' },
  invalid_token: { message: SESSION_ENDED },
  insufficient_scope: { message: SESSION_ENDED },
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
