import type { Plugin } from 'vite';
import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';
import { APP_COLORS } from '../../src/map/palette';


/**
 * The web app manifest: Chinese first with the English name beside it, icons
 * for any shape and for masks, standalone. The start URL is the page itself:
 * everything a view needs is in the hash, which a launch keeps.
 */
export const MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: '硚口城市更新地图 · Qiaokou Renewal Map',
  short_name: '硚口更新地图',
  description: '硚口区2022年政府工作报告中的每一处地点,离线可用。Every place in the Qiaokou District 2022 government work report, on a map that works offline.',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  theme_color: APP_COLORS.theme,
  background_color: APP_COLORS.background,
  categories: ['government', 'navigation', 'reference'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

/**
 * The service worker (src/sw/sw.ts, built by Workbox's injectManifest) and
 * the manifest. The precache lists every file of the built site, tiles
 * included, so one visit is enough to work offline; the page registers the
 * worker itself (src/pwa/register.ts), so no inline script is added.
 */
export function pwaPlugin(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    includeManifestIcons: false,
    manifest: MANIFEST,
    injectManifest: {
      rollupFormat: 'iife',
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,json,pmtiles}'],
      // The archives and maplibre-gl are larger than Workbox's 2 MiB default allows for some data; a district stays well under this.
      maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    },
  });
}
