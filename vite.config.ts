/**
 * The web client's build: root `client/`, output `client/dist` (served by the API server at `/`).
 * `npm run build:client` runs this; the e2e suite builds with the same config into a temporary folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'client'),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // Views are Preact components written in JSX; the automatic runtime imports preact/jsx-runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(here, 'client/dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~450 kB minified; it is loaded only by the graph views.
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
