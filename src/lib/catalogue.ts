import type { Catalogue, CatalogueFeature } from '../schema/records';

/** Loads tiles/catalogue.json, with a message that says what failed. */
export async function loadCatalogue(url: string, fetchImpl: typeof fetch = fetch): Promise<Catalogue> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new Error(`Could not fetch ${url}: ${(e as Error).message}. Check that the server is running and tiles/ was deployed.`);
  }
  if (!res.ok) throw new Error(`Could not fetch ${url}: HTTP ${res.status}. Check that tiles/ was deployed beside the app.`);
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new Error(`${url} is not valid JSON. Rebuild it with npm run tiles:build.`);
  }
  if (!isCatalogue(data)) throw new Error(`${url} is not a version 1 catalogue. Rebuild it with npm run tiles:build.`);
  return data;
}

function isCatalogue(d: unknown): d is Catalogue {
  // Stryker disable next-line ConditionalExpression: a string, number or boolean has no version either, so it fails below alike
  if (typeof d !== 'object' || d === null) return false;
  const c = d as Partial<Catalogue>;
  return c.version === 1 && typeof c.build === 'string' && Array.isArray(c.features) && Array.isArray(c.places) && Array.isArray(c.indicators) && Array.isArray(c.unmapped);
}

const indexes = new WeakMap<readonly CatalogueFeature[], ReadonlyMap<string, CatalogueFeature>>();

/** Features by id, built once per catalogue and shared by the map and the panels. */
export function indexById(features: readonly CatalogueFeature[]): ReadonlyMap<string, CatalogueFeature> {
  let index = indexes.get(features);
  if (!index) {
    index = new Map(features.map((f) => [f.id, f]));
    indexes.set(features, index);
  }
  return index;
}
