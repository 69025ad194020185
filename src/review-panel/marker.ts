/**
 * The id of the panel's root element. A live build must not contain this
 * string anywhere: e2e/review-live-bundle.spec.ts looks for it.
 */
export const REVIEW_PANEL_MARKER = 'my-account-review-panel';
