import type { Customer } from '@commercetools/platform-sdk';
import { useEffect, useId, useRef, useState } from 'react';

import { accountService } from '../../api/account-service-client';
import { retryAfterSeconds } from '../../api/account-service';
import { describeApiError } from '../../api/error-messages';
import { startCooldown, useCooldown } from './cooldown';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { verifyMessages } from './verify-messages-en';

/**
 * "Send verification link" with a cooldown between sends. While it runs
 * the button stays focusable but inert (aria-disabled), and the seconds
 * left are shown beside it; the live region speaks only when a link was
 * sent, when it failed and when another may be asked for.
 */
export function SendVerificationLink({ customer }: { customer: Customer }) {
  const t = useT(verifyMessages);
  const left = useCooldown(customer.id);
  const [pending, setPending] = useState(false);
  // Message references, shown in the language of the moment.
  const [messages, setMessages] = useState<string[]>([]);
  const waiting = useRef(false);
  const hintId = useId();

  useEffect(() => {
    if (left > 0) waiting.current = true;
    else if (waiting.current) {
      waiting.current = false;
      setMessages([messageRef(verifyMessages, 'verify.askAgainNow')]);
    }
  }, [left]);

  async function send() {
    if (pending || left > 0) return;
    setPending(true);
    setMessages([]);
    try {
      await accountService.requestEmailVerification();
      startCooldown(customer.id);
      setMessages([
        messageRef(verifyMessages, 'verify.sent', { email: customer.email }),
      ]);
    } catch (error) {
      const wait = retryAfterSeconds(error);
      if (wait) startCooldown(customer.id, wait);
      setMessages(describeApiError(error).formErrors);
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
        {t('verify.send')}
      </button>
      {left > 0 ? (
        <p className="field-hint" id={hintId}>
          {t('verify.askAgainIn', { count: left })}
        </p>
      ) : null}
      <p aria-live="polite">{messages.map(t.text).join(' ')}</p>
    </div>
  );
}
