import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress';

/** The dev server proxies GraphQL to a running API (see README); the built SPA is served by the API itself. */
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/graphql': process.env.TRELLIS_API_URL ?? 'http://127.0.0.1:4810' },
  },
  // No source maps: they would publish the source to every visitor, and nothing here reads them.
  build: { outDir: 'dist', sourcemap: false },
});
