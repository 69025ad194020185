import { useEffect, useState } from 'react';

import { accountService } from '../../api/account-service-client';
import { type LinkProblem, linkProblem } from '../../api/link-problem';

export type ResetCheck =
  | { state: 'checking' }
  | { state: 'usable' }
  | { state: 'problem'; problem: LinkProblem };

/**
 * Asks the account service whether the reset token still works. Local
 * state rather than the query cache: signing in after the reset clears
 * that cache, and the used token must not be checked again then.
 */
export function useResetCheck(token: string | undefined) {
  const [check, setCheck] = useState<ResetCheck>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token || !accountService.available) return;
    let current = true;
    accountService.checkPasswordReset(token).then(
      () => {
        if (current) setCheck({ state: 'usable' });
      },
      (error: unknown) => {
        if (current)
          setCheck({ state: 'problem', problem: linkProblem(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  return {
    check,
    retry: () => {
      setCheck({ state: 'checking' });
      setAttempt((count) => count + 1);
    },
  };
}
