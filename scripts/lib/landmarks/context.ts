import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Position } from '../geo/positions';
import { type Outline, outlineFrom } from '../validate/outline';
import type { SimpleGeometry } from '../validate/geometry';

interface Layer {
  features: Array<{ properties: { kind?: string; name_zh?: string }; geometry: SimpleGeometry }>;
}

async function readLayer(dataDir: string, name: string): Promise<Layer> {
  const file = path.join(dataDir, 'basemap', `${name}.geojson`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Layer;
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}; the landmark import needs the basemap's ${name} layer`);
  }
}

/** The district outline and the metro stations the import measures landmarks against, from data/basemap. */
export async function landmarkContext(dataDir: string): Promise<{ outline: Outline; stations: Array<{ name_zh: string; point: Position }> }> {
  const district = await readLayer(dataDir, 'district');
  const outline = outlineFrom(district.features.filter((f) => f.properties.kind === 'qiaokou').map((f) => f.geometry));
  if (!outline) throw new Error(`${path.join(dataDir, 'basemap', 'district.geojson')}: no polygon of kind "qiaokou" to measure the margin from`);
  const metro = await readLayer(dataDir, 'metro');
  const stations = metro.features
    .filter((f) => f.properties.kind === 'station' && f.geometry.type === 'Point')
    .map((f) => ({ name_zh: f.properties.name_zh ?? '', point: f.geometry.coordinates as Position }));
  return { outline, stations };
}
