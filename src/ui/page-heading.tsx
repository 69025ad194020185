import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { isRouteChange, noteLocation } from './route-focus';

/**
 * The page's h1. After a client-side route change it takes focus, so
 * screen readers announce the new page and keyboard users start at its
 * top; on a full page load the browser's own start position is left
 * alone (see route-focus.ts).
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    noteLocation(key);
    if (isRouteChange(key)) ref.current?.focus();
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
