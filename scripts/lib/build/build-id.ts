import { createHash } from 'node:crypto';
import type { ValidatedData } from '../validate/index';

const ids = new WeakMap<ValidatedData, string>();

/**
 * The build id the catalogue and both archives carry, so the app can tell
 * files of one build from a mix of deploys: a hash of the data's content
 * (never of paths or time), so the same data gives the same id and
 * `tiles:build --check` stays byte-exact. Computed once per data.
 */
export function buildId(data: ValidatedData): string {
  let id = ids.get(data);
  if (!id) {
    const content = {
      layers: data.layers.map((l) => ({ name: l.name, features: l.features })),
      basemap: data.basemap.map((b) => ({ layer: b.layer, features: b.features })),
      indicators: data.indicators ?? [],
      unmapped: data.unmapped ?? [],
      source: data.source ?? null,
    };
    id = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
    ids.set(data, id);
  }
  return id;
}
