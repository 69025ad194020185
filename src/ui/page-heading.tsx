import { type ReactNode, useEffect, useRef } from 'react';

/** The heading of the page the app opened on; it keeps the page's focus. */
let firstHeading: HTMLHeadingElement | null | undefined;

/**
 * The page's h1. After client-side navigation it takes focus so screen
 * readers announce the new page and keyboard users start at its top; on
 * the very first load the browser's own start position is left alone.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Compared by element, not by a "first run" flag: development mode
    // runs effects twice on the same element.
    if (firstHeading === undefined) firstHeading = ref.current;
    if (ref.current === firstHeading) return;
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
