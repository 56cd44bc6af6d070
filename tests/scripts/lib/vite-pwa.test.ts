import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST } from '../../../scripts/lib/vite-pwa';

describe('the web app manifest', () => {
  it('installs as a standalone app that opens the page itself, view in the hash', () => {
    expect(MANIFEST).toMatchObject({ id: './', start_url: './', scope: './', display: 'standalone', orientation: 'any', dir: 'ltr' });
  });

  it('names the app in Chinese first with the English beside it, and a short Chinese name for the home screen', () => {
    expect(MANIFEST.name).toBe('硚口城市更新地图 · Qiaokou Renewal Map');
    expect(MANIFEST.short_name).toBe('硚口更新地图');
    expect(MANIFEST.lang).toBe('zh-CN');
    expect(MANIFEST.description).toMatch(/^硚口区2022年政府工作报告中的每一处地点,离线可用。Every place in the Qiaokou District 2022 government work report/);
    expect(MANIFEST.categories).toEqual(['government', 'navigation', 'reference']);
  });

  it('has the theme colour the page declares, on a light background', () => {
    const meta = /<meta name="theme-color" content="(#[0-9a-f]{6})"/.exec(readFileSync('index.html', 'utf8'));
    expect(MANIFEST.theme_color).toBe(meta?.[1]);
    expect(MANIFEST.background_color).toBe('#fbfaf6');
    expect(MANIFEST.background_color).not.toBe(MANIFEST.theme_color);
  });

  it('lists the icons installability needs (192 and 512 PNG, a maskable 512, an SVG), each a file in public/', () => {
    expect(MANIFEST.icons).toEqual([
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ]);
    for (const icon of MANIFEST.icons ?? []) expect(existsSync(`public/${icon.src}`), icon.src).toBe(true);
  });
});
