import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig(({ command }) => {
  // vitest's global setup builds the app with NODE_ENV=test inherited, which would make a
  // development React build with import.meta.env.PROD false (so no service worker): a build is
  // always the production build, so the browser tests drive what ships.
  if (command === 'build' && process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'production';

  return {
    root: '.',
    plugins: [
      react(),
      tailwindcss(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/web',
        filename: 'sw.ts',
        // src/web/main.tsx registers it (production builds only): no inline script, so script-src 'self' holds.
        injectRegister: false,
        injectManifest: {
          // A classic worker script: registered without { type: 'module' }, which every browser supports.
          rollupFormat: 'iife',
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        },
        // Written to manifest.webmanifest; the plugin adds its <link rel="manifest"> to index.html.
        manifest: {
          id: '/',
          name: 'OneCoach',
          short_name: 'OneCoach',
          description: 'Your training, check-ins and progress with your coach, in one place.',
          lang: 'en',
          start_url: '/today',
          scope: '/',
          display: 'standalone',
          // The light theme's page colour (--oc-bg): the splash screen and the title bar match the app.
          theme_color: '#f7f7f5',
          background_color: '#f7f7f5',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
      }),
    ],
    build: {
      outDir: 'dist/web',
      emptyOutDir: true,
    },
    server: {
      port: 5173,
      proxy: {
        '/api': 'http://localhost:3000',
      },
    },
  };
});
