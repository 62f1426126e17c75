import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // For the operators: written beside the chunks, named in none of them, not served (server/app.ts).
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
    // .vite/manifest.json: which chunks a page's code needs, for the server's preload links
    // (server/http/preload.ts).
    manifest: true,
  },
  server: {
    proxy: { '/trpc': 'http://localhost:3000', '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
});
