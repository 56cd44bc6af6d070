import { describe, expect, it } from 'vitest';
import { OUTPUT_NAMES } from '../../../scripts/lib/build/index';
import { ARCHIVE_LAYERS, INTERACTIVE_LAYER_IDS, LAYER_OSM, PROJECT_LAYER_IDS, PROJECT_LAYERS, SOURCE_BASEMAP, SOURCE_NEAR, SOURCE_OSM, SOURCE_PROJECT, TILE_PATHS } from '../../../src/map/ids';
import { buildStyle, OSM_LAYER } from '../../../src/map/style';
import { BASEMAP_LAYERS } from '../../../src/schema/constants';
import { PROJECT_TILE_LAYER } from '../../../src/schema/tile';
import { options } from '../../helpers/style-eval';

const ID = /^[a-z][a-z0-9-]*$/;

describe('map ids', () => {
  it('name every style layer and source with its own lower-case id', () => {
    const style = buildStyle(options());
    const layers = [...style.layers.map((l) => l.id), LAYER_OSM];
    for (const id of layers) expect(id).toMatch(ID);
    expect(new Set(layers).size).toBe(layers.length);
    const sources = [SOURCE_PROJECT, SOURCE_BASEMAP, SOURCE_NEAR, SOURCE_OSM];
    for (const id of sources) expect(id).toMatch(ID);
    expect(new Set(sources).size).toBe(sources.length);
    expect(Object.keys(style.sources).sort()).toEqual([SOURCE_BASEMAP, SOURCE_NEAR, SOURCE_PROJECT].sort());
    expect(OSM_LAYER.id).toBe(LAYER_OSM);
  });

  it('lists the project layers in draw order: ring, fill, outline, line, point, label', () => {
    expect(PROJECT_LAYER_IDS).toEqual([PROJECT_LAYERS.uncertainty, PROJECT_LAYERS.fill, PROJECT_LAYERS.outline, PROJECT_LAYERS.line, PROJECT_LAYERS.point, PROJECT_LAYERS.label]);
  });

  it('answers clicks on fills, lines, points and labels, not on outlines or uncertainty rings', () => {
    expect([...INTERACTIVE_LAYER_IDS].sort()).toEqual([PROJECT_LAYERS.fill, PROJECT_LAYERS.line, PROJECT_LAYERS.point, PROJECT_LAYERS.label].sort());
  });

  it('fetches the archives and the catalogue the build writes, from tiles/', () => {
    expect(Object.values(TILE_PATHS).sort()).toEqual(OUTPUT_NAMES.map((n) => `tiles/${n}`).sort());
    expect(TILE_PATHS.project).toBe('tiles/project.pmtiles');
    expect(TILE_PATHS.basemap).toBe('tiles/basemap.pmtiles');
  });

  it("expects of each archive its own source layers", () => {
    expect(ARCHIVE_LAYERS.project).toEqual([PROJECT_TILE_LAYER]);
    expect(ARCHIVE_LAYERS.basemap).toEqual(BASEMAP_LAYERS);
  });
});
