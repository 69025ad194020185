import { useEffect } from 'react';

export const SITE_NAME = 'My Account';

/** The document title for a page, e.g. "Profile – My Account". */
export function pageTitle(page: string): string {
  return `${page} – ${SITE_NAME}`;
}

/**
 * Names the browser tab and history entry after the page: the title is
 * the first thing a screen reader reads when the page changes. Leaving
 * the page restores the plain site name, so a page without a title of its
 * own never shows the previous page's.
 */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = pageTitle(page);
    return () => {
      document.title = SITE_NAME;
    };
  }, [page]);
}
