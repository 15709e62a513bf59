import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphqlDocuments';
import { precompress } from './precompress';

/** The dev server proxies GraphQL to a running API (see README); the built SPA is served by the API itself. */
export default defineConfig({
  plugins: [graphqlDocuments(), react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/graphql': process.env.TRELLIS_API_URL ?? 'http://127.0.0.1:4810' },
  },
  build: {
    outDir: 'dist',
    // No source maps: they would publish the source to every visitor, and nothing here reads them.
    sourcemap: false,
    // Which file holds which source: the first-load budget test (e2e/first-load.e2e.test.ts) reads it.
    manifest: true,
    rollupOptions: {
      // The app, and the early entry that a showroom page's HTML loads beside it to ask for the first data at
      // once (src/earlyRequests.ts; the API adds its script tag, by this manifest).
      input: { index: 'index.html', early: 'src/showroom/early.ts' },
    },
  },
});
