/**
 * Web UI build. The server serves dist/web (src/server/app.ts); in development `npx vite`
 * serves src/web and forwards /api (including the SSE stream) to a server on port 3000.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // antd is one large vendor chunk shared by every page; it is cached immutably.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
