// Times the app's own near-me query (src/lib/near.ts) over the served catalogue, in the browser.
import { nearby } from '../../src/lib/near';
import { DISTRICT_BBOX } from '../../src/schema/district';
import type { Catalogue } from '../../src/schema/records';

declare global {
  interface Window {
    /** Per-query milliseconds at each radius, read by bench/interact.ts. */
    __benchNear?: { features: number; byRadius: Record<string, number[]>; found: number };
  }
}

const [W, S, E, N] = DISTRICT_BBOX;
let seed = 7;
const next = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

const catalogue = (await (await fetch('tiles/catalogue.json')).json()) as Catalogue;
const features = catalogue.features;
const point = (): [number, number] => [W + next() * (E - W), S + next() * (N - S)];
for (let i = 0; i < 30; i++) nearby(features, point(), 1000);
const byRadius: Record<string, number[]> = {};
let found = 0;
for (const radius of [1000, 2000]) {
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    const p = point();
    const t0 = performance.now();
    found += nearby(features, p, radius).length;
    samples.push(performance.now() - t0);
  }
  byRadius[radius] = samples;
}
window.__benchNear = { features: features.length, byRadius, found };
const out = document.getElementById('out');
if (out) out.textContent = 'done';
