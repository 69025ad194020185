import { useEffect } from 'react';

import { coreMessages } from './i18n/messages-en';
import { useT } from './i18n/use-t';

export const SITE_NAME = 'My Account';

/** The document title for a page, e.g. "Profile – My Account". */
export function pageTitle(page: string, site = SITE_NAME): string {
  return `${page} – ${site}`;
}

/**
 * Names the browser tab and history entry after the page: the title is
 * the first thing a screen reader reads when the page changes. Leaving
 * the page restores the plain site name, so a page without a title of its
 * own never shows the previous page's.
 */
export function usePageTitle(page: string): void {
  const site = useT(coreMessages)('app.name');
  useEffect(() => {
    document.title = pageTitle(page, site);
    return () => {
      document.title = site;
    };
  }, [page, site]);
}
