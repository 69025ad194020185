import './review-panel.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import type { ReviewDeps } from './bridge';
import { REVIEW_PANEL_MARKER } from './marker';
import { ReviewPanel } from './review-panel';

/**
 * Renders the panel in its own root, outside the app's tree, in a
 * complementary landmark at the end of the page.
 */
export function mountReviewPanel(deps: ReviewDeps, notice?: string): void {
  const host = document.createElement('aside');
  host.id = REVIEW_PANEL_MARKER;
  host.className = 'review-panel';
  host.setAttribute('aria-label', 'Design review');
  document.body.append(host);
  document.body.classList.add('has-review-panel');
  createRoot(host).render(
    <StrictMode>
      <ReviewPanel deps={deps} notice={notice} />
    </StrictMode>,
  );
}
