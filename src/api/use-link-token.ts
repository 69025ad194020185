import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The `token` of a link from an email, kept in memory only: it leaves the
 * address bar at once (replacing the history entry), so it does not stay
 * in the history or show on a shared screen. After a reload it is gone
 * and the page asks for the link again.
 */
export function useLinkToken(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(
    () => new URLSearchParams(location.search).get('token') || undefined,
  );

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('token')) return;
    params.delete('token');
    const search = params.toString();
    void navigate(
      { search: search ? `?${search}` : '', hash: location.hash },
      { replace: true },
    );
  }, [location.search, location.hash, navigate]);

  return token;
}
