import { useState } from 'react';
import { useNavigate } from 'react-router';

import { signOut } from '../api/account-auth';

export function SignOutButton() {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function handleClick() {
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
      Sign out
    </button>
  );
}
