import path from 'node:path';
import { build } from 'vite';

export const OUT = path.resolve('bench/out');
export const BARE_DIR = path.join(OUT, 'bare');

/** Builds the app into dist/ (its own vite.config.ts) and the bare, styled and near-query pages into bench/out/bare/. */
export async function buildSites(): Promise<void> {
  await build({ logLevel: 'warn' });
  await build({
    configFile: false,
    root: path.resolve('bench/bare'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BARE_DIR,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: { input: Object.fromEntries(['index', 'styled', 'near'].map((n) => [n, path.resolve(`bench/bare/${n}.html`)])) },
    },
  });
}
