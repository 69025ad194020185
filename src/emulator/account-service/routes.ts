import type { Route } from '../core/route';
import { requestEmailVerification } from './email-verification';
import { checkPasswordReset, requestPasswordReset } from './password-reset';

const BASE = '/account-service';

/**
 * The mock account service: the trusted server the app needs for what a
 * browser client may not do (docs/account-service.md). It mints tokens with
 * the emulator's own token logic, so its mails land in the outbox.
 */
export const accountServiceRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${BASE}/password-reset`,
    handler: requestPasswordReset,
  },
  {
    method: 'POST',
    pattern: `${BASE}/password-reset/check`,
    handler: checkPasswordReset,
  },
  {
    method: 'POST',
    pattern: `${BASE}/email-verification`,
    handler: requestEmailVerification,
  },
];
