// First, so a failure while the other modules load still shows a page.
import './startup-error';
// Before any schema is built: keeps zod clear of eval under a strict CSP.
import '../api/zod-csp';
import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { session } from '../api/client';
import { config } from '../api/config';
import { ENGLISH } from '../ui/i18n/catalogue';
import { initialLocale } from '../ui/i18n/locale-choice';
import { loadLanguage } from './i18n/load-language';
import { Providers } from './providers';
import { router } from './router';
import { showStartupError } from './startup-error';

async function start(): Promise<void> {
  // German comes in its own chunk: fetched before the first render, so a
  // German reader never sees the page flash in English.
  const language = loadLanguage(initialLocale()).catch(() => ENGLISH);
  // A static check, so live builds leave the emulator out entirely.
  if (import.meta.env.VITE_API_MODE !== 'live') {
    await (await import('./mock-mode')).startMockMode(config.apiUrl);
  }

  window.addEventListener('storage', session.handleStorageEvent);
  void session.start();

  const startLanguage = await language;
  document.documentElement.lang = startLanguage.locale;
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <Providers language={startLanguage}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

start().catch(showStartupError);
