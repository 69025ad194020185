import type { CoreMessages } from '../ui/i18n/messages-en';
import { ApiError, isUnavailable } from './api-error';

/** Why a reset or verification link did not work. */
export type LinkProblem = 'expired' | 'invalid' | 'unavailable' | 'failed';

const EXPIRED_CODES = [
  'ExpiredCustomerPasswordToken',
  'ExpiredCustomerEmailToken',
];

/**
 * The API and the account service answer 400 with an "expired" code for a
 * token past its time, and 404 for one that is unknown, used or replaced.
 */
export function linkProblem(error: unknown): LinkProblem {
  if (isUnavailable(error)) return 'unavailable';
  if (!(error instanceof ApiError)) return 'failed';
  if (EXPIRED_CODES.some((code) => error.hasCode(code))) return 'expired';
  return error.status === 404 ? 'invalid' : 'failed';
}

/**
 * What the reset and verification pages say about a link that failed, as
 * message keys the pages show in their language.
 */
export const LINK_PROBLEM_MESSAGES = {
  expired: 'link.expired',
  invalid: 'link.invalid',
  unavailable: 'error.unavailable',
  failed: 'link.failed',
} as const satisfies Record<LinkProblem, keyof CoreMessages>;
