/**
 * Tells a full page load from a client-side route change, by the router's
 * location keys. The locations shown before the user first does anything
 * belong to the load: the opening address, any redirect from it (e.g.
 * "/" to "/account", or to sign-in) and a page swapping its loading state
 * for its content. Focus stays where the browser put it on those, so the
 * first Tab reaches the skip link. Any later location was asked for.
 */
const loadKeys = new Set<string>();
let userActed = false;

if (typeof document !== 'undefined') {
  const acted = () => {
    userActed = true;
  };
  // Capture phase: recorded before the link or form acts on the event.
  // `click` also covers screen readers, which click without key events.
  for (const type of ['keydown', 'pointerdown', 'click']) {
    document.addEventListener(type, acted, { capture: true, once: true });
  }
}

/** Records a location a page heading was shown on. */
export function noteLocation(key: string): void {
  // The first location seen is the load's even if a key was pressed
  // while the page was still loading.
  if (!userActed || loadKeys.size === 0) loadKeys.add(key);
}

/** Whether this location came from navigating inside the app. */
export function isRouteChange(key: string): boolean {
  return !loadKeys.has(key);
}
