import { type ReactNode, useEffect, useRef } from 'react';

let isFirstPage = true;

/**
 * The page's h1. After client-side navigation it takes focus so screen
 * readers announce the new page and keyboard users start at its top; on
 * the very first load the browser's own start position is left alone.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
