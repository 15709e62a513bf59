import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The dev server proxies GraphQL to a running API (see README); the built SPA is served by the API itself. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': process.env.TRELLIS_API_URL ?? 'http://127.0.0.1:4810' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
