import type { Customer } from '@commercetools/platform-sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { session } from '../../api/client';
import { confirmEmail } from '../../api/confirm-email';
import { type LinkProblem, linkProblem } from '../../api/link-problem';
import { storeCustomer } from '../../api/update-me';

export type Confirmation =
  | { state: 'confirming' }
  | { state: 'done'; customer: Customer }
  | { state: 'problem'; problem: LinkProblem };

/**
 * Redeems the verification token once. A ref, not the effect, decides:
 * React's development double effects would otherwise spend the token
 * twice and report the second try as an invalid link.
 */
export function useEmailConfirmation(token: string | undefined) {
  const queryClient = useQueryClient();
  const [confirmation, setConfirmation] = useState<Confirmation>({
    state: 'confirming',
  });
  const [attempt, setAttempt] = useState(0);
  const started = useRef(-1);

  useEffect(() => {
    if (!token || started.current === attempt) return;
    started.current = attempt;
    confirmEmail(token).then(
      async (customer) => {
        // The signed-in customer's cached data learns the news too.
        if (session.getState().customerId === customer.id) {
          await storeCustomer(queryClient, customer);
        }
        setConfirmation({ state: 'done', customer });
      },
      (error: unknown) =>
        setConfirmation({ state: 'problem', problem: linkProblem(error) }),
    );
  }, [token, attempt, queryClient]);

  return {
    confirmation,
    retry: () => {
      setConfirmation({ state: 'confirming' });
      setAttempt((count) => count + 1);
    },
  };
}
