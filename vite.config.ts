import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy, tilesPlugin } from './scripts/lib/vite-tiles';

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), tilesPlugin('tiles'), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
