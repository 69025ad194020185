import type { Customer } from '@commercetools/platform-sdk';
import { useEffect, useId, useRef, useState } from 'react';

import { accountService } from '../../api/account-service-client';
import { retryAfterSeconds } from '../../api/account-service';
import { describeApiError } from '../../api/error-messages';
import { startCooldown, useCooldown } from './cooldown';
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';

/**
 * "Send verification link" with a cooldown between sends. While it runs
 * the button stays focusable but inert (aria-disabled), and the seconds
 * left are shown beside it; the live region speaks only when a link was
 * sent, when it failed and when another may be asked for.
 */
export function SendVerificationLink({ customer }: { customer: Customer }) {
  const core = useT(coreMessages);
  const left = useCooldown(customer.id);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const waiting = useRef(false);
  const hintId = useId();

  useEffect(() => {
    if (left > 0) waiting.current = true;
    else if (waiting.current) {
      waiting.current = false;
      setMessage('You can ask for another link now.');
    }
  }, [left]);

  async function send() {
    if (pending || left > 0) return;
    setPending(true);
    setMessage('');
    try {
      await accountService.requestEmailVerification();
      startCooldown(customer.id);
      setMessage(
        `We sent a link to ${customer.email}. Open it to verify your email.`,
      );
    } catch (error) {
      const wait = retryAfterSeconds(error);
      if (wait) startCooldown(customer.id, wait);
      setMessage(describeApiError(error).formErrors.map(core.text).join(' '));
    } finally {
      setPending(false);
    }
  }

  const inert = pending || left > 0;
  return (
    <div className="send-verification-link">
      <button
        type="button"
        className="button"
        aria-disabled={inert || undefined}
        aria-busy={pending || undefined}
        aria-describedby={left > 0 ? hintId : undefined}
        onClick={() => void send()}
      >
        Send verification link
      </button>
      {left > 0 ? (
        <p className="field-hint" id={hintId}>
          You can ask for another link in {left} seconds.
        </p>
      ) : null}
      <p aria-live="polite">{message}</p>
    </div>
  );
}
