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
import { Providers } from './providers';
import { router } from './router';
import { showStartupError } from './startup-error';

async function start(): Promise<void> {
  // A static check, so live builds leave the emulator out entirely.
  if (import.meta.env.VITE_API_MODE !== 'live') {
    await (await import('./mock-mode')).startMockMode(config.apiUrl);
  }

  window.addEventListener('storage', session.handleStorageEvent);
  void session.start();

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

start().catch(showStartupError);
