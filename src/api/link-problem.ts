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

/** What the reset and verification pages say about a link that failed. */
export const LINK_PROBLEM_MESSAGES: Record<LinkProblem, string> = {
  expired: 'This link has expired.',
  invalid:
    'This link does not work. It may have been used already, or a newer ' +
    'link replaced it.',
  unavailable: 'The service is unavailable, try again.',
  failed: 'This link could not be checked. Please try again.',
};
