import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { createQueryClient } from './app/query-client';
import { router } from './app/router';
import './styles.css';

const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="top-center" theme="system" richColors closeButton />
    </QueryClientProvider>
  </StrictMode>,
);

// The service worker (src/web/sw.ts) makes the app open with no signal. Production builds only: under
// the Vite dev server a worker would serve stale modules. Registered from this bundle, not an inline
// script, so the CSP's script-src 'self' holds.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After load, so installing (which downloads the whole app shell) never slows the first paint.
  const register = () =>
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // The app works without it (just not offline): note it for whoever looks, and carry on.
      console.warn('OneCoach could not install its offline support.', error);
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
