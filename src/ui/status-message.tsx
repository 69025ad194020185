import type { ReactNode } from 'react';

interface Props {
  children?: ReactNode;
  className?: string;
}

/**
 * A polite live region. It stays mounted while empty: screen readers only
 * announce changes to regions that already exist.
 */
export function StatusMessage({ children, className }: Props) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={['status-message', className].filter(Boolean).join(' ')}
    >
      {children}
    </div>
  );
}
