import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './build/csp.js';
import { ensureKernels } from './build/wasm.mjs';

// `base: './'` makes the built site work from any path of any static host.
// The service worker (Workbox, generateSW) precaches every built file — the lazily loaded views, the
// worker chunk, icons and manifest — so after one visit every view and simulation works offline.
// It is registered by src/main.tsx in production builds only.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // dist-kernels/kernels.wasm (imported by the cell worker) rebuilt when wasm/ is newer (build/wasm.mjs).
    { name: 'pse-wasm-kernels', buildStart: () => ensureKernels().then(() => undefined) },
    // Production builds only: the policy in a <meta> tag (build/csp.ts says why each directive).
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      // globPatterns below already takes the icons and the manifest from dist/.
      includeManifestIcons: false,
      manifest: {
        name: 'Parallel SGD Explorer',
        short_name: 'SGD Explorer',
        description:
          'Interactive explorer of distributed SGD theory: critical batch size, staleness and stragglers.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // KaTeX's fonts: woff2 only. Its stylesheet lists woff2 first, which every browser that runs
        // this app reads, so the .woff and .ttf copies (876 KB) would be downloaded for nothing.
        globPatterns: ['**/*.{js,css,html,svg,png,jpg,webmanifest,wasm,woff2}'],
        // Any navigation (a share link's query string included) is answered with the cached page.
        navigateFallback: 'index.html',
        // A share link's query belongs to the page, not to the file: match index.html with any query.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  worker: { format: 'es' },
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files (KaTeX's smallest are under the 4 KB inlining limit): font-src 'self' of the
    // Content-Security-Policy forbids data: fonts, and the service worker precaches the files.
    // The WebAssembly kernels stay a file too (≈ 4 KB): fetched and compiled by the worker, precached.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|wasm)$/.test(file) ? false : undefined),
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // The WebAssembly kernels: built if stale, then installed in every test file (test/setup/).
    globalSetup: ['test/setup/buildKernels.ts'],
    setupFiles: ['test/setup/installKernels.ts'],
    // Vitest leaves a core free by default: on a 2-core CI machine that is one test file at a time.
    // The slow files spend much of their time in child processes (the CLI), so use every core.
    maxWorkers: availableParallelism(),
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
