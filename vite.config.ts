import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { feedbackConfigPlugin } from './scripts/lib/vite-feedback';
import { contentSecurityPolicy, tilesPlugin } from './scripts/lib/vite-tiles';

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), tilesPlugin('tiles'), feedbackConfigPlugin(), contentSecurityPolicy()],
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
