import { CATEGORIES, type Category, STATUSES } from '../src/schema/constants';
import { DISTRICT_BBOX } from '../src/schema/district';
import type { FeatureProperties } from '../src/schema/feature';

export interface SyntheticFeature {
  geometry: GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon;
  properties: FeatureProperties;
}

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** One geometry near (lon, lat): a point, a 3–6 vertex line of a few hundred metres, or a counter-clockwise polygon. */
function geometryAt(kind: number, lon: number, lat: number, next: () => number): SyntheticFeature['geometry'] {
  if (kind === 0) return { type: 'Point', coordinates: [round6(lon), round6(lat)] };
  if (kind === 1) {
    const coordinates: number[][] = [];
    let [x, y] = [lon, lat];
    for (let i = 0, n = 3 + Math.floor(next() * 4); i < n; i++) {
      coordinates.push([round6(x), round6(y)]);
      x += (next() - 0.5) * 0.004;
      y += (next() - 0.5) * 0.003;
    }
    return { type: 'LineString', coordinates };
  }
  const r = 0.0005 + next() * 0.0015;
  const sides = 4 + Math.floor(next() * 4);
  const ring: number[][] = [];
  for (let i = 0; i < sides; i++) {
    const a = (i / sides) * 2 * Math.PI;
    ring.push([round6(lon + r * Math.cos(a)), round6(lat + r * 0.86 * Math.sin(a))]);
  }
  ring.push(ring[0] as number[]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * `count` features spread over the district's box: points, lines and polygons
 * in equal thirds, every category and status, mentions in one or both years.
 */
export function syntheticFeatures(count: number, seed = 2022): SyntheticFeature[] {
  const next = random(seed);
  const [w, s, e, n] = DISTRICT_BBOX;
  const out: SyntheticFeature[] = [];
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] as Category;
    const status = STATUSES[Math.floor(i / CATEGORIES.length) % STATUSES.length] ?? 'planned';
    const lon = w + next() * (e - w);
    const lat = s + next() * (n - s);
    const mention = (year: 2022 | 2023) => ({ year, status, quote: `合成要素${i}`, section: ['合成数据'], metrics: [] });
    const years = i % 3 === 0 ? [2022, 2023] : i % 3 === 1 ? [2022] : [2023];
    out.push({
      geometry: geometryAt(i % 3, lon, lat, next),
      properties: {
        id: `syn-${i}`,
        fid: i + 1,
        name_zh: `合成要素${i}`,
        name_en: `Synthetic ${i}`,
        category,
        mentions: years.map((y) => mention(y as 2022 | 2023)),
        geocode: {
          precision: 'approximate',
          method: { zh: '合成', en: 'synthetic' },
          anchors: [{ source: 'metro', ref: 'synthetic', name: 'synthetic', lon, lat, relation: 'at' }],
          note: { zh: '', en: '' },
        },
      },
    });
  }
  return out;
}
