import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pwaPlugin } from './scripts/lib/vite-pwa.ts';
import { feedbackConfigPlugin } from './scripts/lib/vite-feedback.ts';
import { contentSecurityPolicy, tilesPlugin } from './scripts/lib/vite-tiles.ts';

export default defineConfig({
  base: './',
  publicDir: 'public',
  // QIAOKOU_TILES builds the site around another tiles/ folder (the browser tests deploy a second build this way).
  plugins: [react(), tilesPlugin(process.env.QIAOKOU_TILES ?? 'tiles'), feedbackConfigPlugin(), contentSecurityPolicy(), pwaPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // maplibre-gl in a chunk of its own, so its size is measured apart from the app's.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
