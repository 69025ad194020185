import { useState } from 'react';
import { useNavigate } from 'react-router';

import { signOut } from '../api/account-auth';
import { confirmLeave } from '../ui/unsaved-changes';
import { coreMessages } from '../ui/i18n/messages-en';
import { useT } from '../ui/i18n/use-t';

export function SignOutButton() {
  const t = useT(coreMessages);
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function handleClick() {
    if (!(await confirmLeave())) return;
    setPending(true);
    try {
      await signOut();
    } finally {
      setPending(false);
    }
    await navigate('/sign-in', { state: { signedOut: true } });
  }

  return (
    <button
      type="button"
      className="button button-link"
      onClick={() => void handleClick()}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {t('app.signOut')}
    </button>
  );
}
