import { describe, expect, it } from 'vitest';
import type { FeatureLayer } from '../../../../scripts/lib/validate/features';
import { formatIssue, type Issue } from '../../../../scripts/lib/validate/issues';
import { checkZones } from '../../../../scripts/lib/validate/zones';
import type { Unmapped } from '../../../../src/schema/records';
import { dLon, square } from '../../../helpers/metres';

const A: [number, number] = [114.25, 30.58];
const anchorAt = (metresEast: number) => ({ source: 'osm', ref: 'r', name: '锚点', lon: A[0] + dLon(metresEast), lat: A[1], relation: 'at' });
const feature = (id: string, geometry: unknown, more: Record<string, unknown> = {}) => ({ geometry, properties: { id, geocode: { anchors: [anchorAt(0)] }, ...more } });

/** A renewal zone `core` 1000 m wide around A, a renewal point `spot`, and a project listed under `zone` with its anchor `east` metres from A. */
function layers(zone: string | undefined, east: number): FeatureLayer[] {
  return [
    { name: 'park', file: 'data/features/park.geojson', features: [feature('lawn', square(A[0] + 0.2, A[1], 100))] },
    { name: 'renewal', file: 'data/features/renewal.geojson', features: [feature('ring', { type: 'MultiPolygon', coordinates: [square(A[0] + 0.1, A[1], 100).coordinates] }), feature('spot', { type: 'Point', coordinates: A }), feature('core', square(A[0], A[1], 500))] },
    { name: 'project', file: 'data/features/project.geojson', features: [feature('tower', { type: 'Point', coordinates: A }, { ...(zone ? { zone } : {}), geocode: { anchors: [anchorAt(0), anchorAt(east)] } })] },
  ] as unknown as FeatureLayer[];
}
function lines(l: FeatureLayer[], unmapped?: Partial<Unmapped>[]): string[] {
  const issues: Issue[] = [];
  checkZones(l, unmapped as Unmapped[] | undefined, 'data/unmapped.json', issues);
  return issues.map(formatIssue);
}

describe('checkZones', () => {
  it('lets an anchor touch its zone by 25 m and names one past it, with the gap rounded up', () => {
    expect(lines(layers('core', 524))).toEqual([]);
    expect(lines(layers('core', 527))).toEqual([
      'data/features/project.geojson: tower: properties.geocode.anchors[1]: expected inside the zone core it is listed under (or touching it, ≤ 25 m): redraw the zone, or drop "zone" and say why in the note, found 锚点 lies 28 m outside core',
    ]);
  });

  it('takes polygons and multipolygons of the renewal layer as zones, and nothing of other layers, listed sorted when a zone is unknown', () => {
    expect(lines(layers(undefined, 9999))).toEqual([]);
    expect(lines(layers('spot', 0), [{ id: 'u1', zone: 'ring' }, { id: 'u2' }, { id: 'u3', zone: 'lawn' }])).toEqual([
      'data/features/project.geojson: tower: properties.zone: expected the id of a zone drawn as a polygon in the renewal layer (core, ring), found "spot"',
      'data/unmapped.json: u3: [2].zone: expected the id of a zone drawn as a polygon in the renewal layer (core, ring), found "lawn"',
    ]);
  });

  it('says "none" when no zone is drawn', () => {
    expect(lines([], [{ id: 'u1', zone: 'core' }])).toEqual(['data/unmapped.json: u1: [0].zone: expected the id of a zone drawn as a polygon in the renewal layer (none), found "core"']);
  });
});
