// First, so a failure while the other modules load still shows a page.
import './startup-error';
// Before any schema is built: keeps zod clear of eval under a strict CSP.
import '../api/zod-csp';
import './styles.css';

import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { session } from '../api/client';
import { config } from '../api/config';
import { holdRequestsUntil } from '../api/request-gate';
import { ENGLISH, translate } from '../ui/i18n/catalogue';
import { initialLocale } from '../ui/i18n/locale-choice';
import { loadLanguage } from './i18n/load-language';
import { Providers } from './providers';
import { appRouter } from './router';
import { takeOpeningScenario } from './scenario-url';
import { showStartupError } from './startup-error';

function startSession(): void {
  void session.start();
}

/**
 * Runs `task` once the first paint is on screen: the paint-timing entry
 * comes after the frame is presented, where a frame callback comes before
 * it, so nothing `task` fetches competes with that paint. Two frame
 * callbacks where the browser does not report paints.
 */
function afterFirstPaint(task: () => void): void {
  const later = () => setTimeout(task, 0);
  const paints =
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!paints) {
    requestAnimationFrame(() => requestAnimationFrame(later));
    return;
  }
  // First contentful paint: a first paint may be the bare background.
  const observer = new PerformanceObserver((entries) => {
    const painted = entries.getEntriesByName('first-contentful-paint');
    if (painted.length === 0) return;
    observer.disconnect();
    later();
  });
  observer.observe({ type: 'paint', buffered: true });
}

/**
 * Connects the app to its backend once the first page is on screen. Mock
 * mode loads the emulator (as big as the app) after the first paint
 * instead of before it, so the page shows without waiting for it. The
 * request gate closes first, so nothing the first render asks for leaves
 * before the emulator (and a scenario's hand-over) is ready. A static
 * check, so live builds leave the emulator out entirely.
 */
function prepareBackend(scenario: string | undefined): (root: Root) => void {
  if (import.meta.env.VITE_API_MODE === 'live') return startSession;
  let begin: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    begin = resolve;
  }).then(async () =>
    (await import('./mock-mode')).startMockMode(config.apiUrl, scenario),
  );
  holdRequestsUntil(ready);
  return (root) => {
    ready.then(startSession, (error: unknown) => {
      root.unmount();
      showStartupError(error);
    });
    afterFirstPaint(begin);
  };
}

/** Lets the browser paint or handle input before going on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A page back from the back/forward cache has lost its mock API: MSW's
 * worker lets go of a page that is left, and unregisters itself when no
 * page is left. Mock mode starts again instead of answering with 404s.
 */
function reloadWhenRestored(): void {
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
}

const RELOADED_KEY = 'my-account-reloaded-for-worker';

/**
 * Whether MSW is about to reload this page: it does so when its active
 * worker does not control the page (after a hard reload). Better before
 * the first paint than under the user's first keystrokes. Not twice in a
 * row, so a worker that never takes control cannot make a reload loop.
 */
async function mockWorkerWillReload(): Promise<boolean> {
  const workers = navigator.serviceWorker;
  if (!workers) return false;
  if (workers.controller) {
    sessionStorage.removeItem(RELOADED_KEY);
    return false;
  }
  if (sessionStorage.getItem(RELOADED_KEY)) return false;
  const registrations = await workers.getRegistrations();
  const mocked = registrations.some((registration) =>
    registration.active?.scriptURL.endsWith('/mockServiceWorker.js'),
  );
  if (mocked) sessionStorage.setItem(RELOADED_KEY, '1');
  return mocked;
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  let scenario: string | undefined;
  if (import.meta.env.VITE_API_MODE !== 'live') {
    if (await mockWorkerWillReload()) {
      location.reload();
      return;
    }
    // Out of the address bar before the router reads it (review mode).
    scenario = takeOpeningScenario();
    reloadWhenRestored();
  }
  // Other tabs' sign-ins and sign-outs are followed from the start, even
  // while this tab (hidden, say) has not yet started its session.
  window.addEventListener('storage', session.handleStorageEvent);
  // The modules have run in one task; the rest of start-up gets its own.
  await nextTask();
  const router = appRouter();
  await nextTask();
  const connect = prepareBackend(scenario);
  // German comes in its own chunk: fetched before the first render, so a
  // German reader never sees the page flash in English.
  const startLanguage = await loadLanguage(initialLocale()).catch(
    () => ENGLISH,
  );
  document.documentElement.lang = startLanguage.locale;
  // The tab's name in that language too, before a page names itself.
  document.title = translate(startLanguage, 'app.name');
  const root = createRoot(container);
  // A transition: React builds the first page in short slices instead of
  // one long task, so the page answers input while it renders.
  startTransition(() =>
    root.render(
      <StrictMode>
        <Providers language={startLanguage}>
          <RouterProvider router={router} />
        </Providers>
      </StrictMode>,
    ),
  );
  connect(root);
}

start().catch(showStartupError);
