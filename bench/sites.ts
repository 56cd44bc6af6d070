import { cp } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

export const OUT = path.resolve('bench/out');
export const BARE_DIR = path.join(OUT, 'bare');

/** Builds the app into dist/ (its own vite.config.ts) and the bare, styled, baseline and near-query pages into bench/out/bare/, the pinned archives beside them. */
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
      rolldownOptions: { input: Object.fromEntries(['index', 'styled', 'baseline', 'near'].map((n) => [n, path.resolve(`bench/bare/${n}.html`)])) },
    },
  });
  for (const name of ['project.pmtiles', 'basemap.pmtiles']) await cp(path.resolve('bench/baseline', name), path.join(BARE_DIR, 'baseline', name));
}
