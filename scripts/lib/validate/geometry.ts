import { inBbox } from '../../../src/schema/district';
import type { Bbox } from '../../../src/schema/records';
import type { Position } from '../geo/positions';
import { fieldPath, type IssueSink, show } from './issues';
import { checkShape } from './shape';

export const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
type GeometryType = (typeof GEOMETRY_TYPES)[number];
export type SimpleGeometry = Exclude<GeoJSON.Geometry, GeoJSON.GeometryCollection>;

/** How deep positions sit inside `coordinates`. */
const DEPTH: Record<GeometryType, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
const SHAPE: Record<GeometryType, string> = {
  Point: 'a position [lon, lat]',
  MultiPoint: 'an array of positions',
  LineString: 'an array of positions',
  MultiLineString: 'an array of lines (arrays of positions)',
  Polygon: 'an array of rings (arrays of positions)',
  MultiPolygon: 'an array of polygons (arrays of rings)',
};
export const MAX_DECIMALS = 6;

/** A position with its index path inside `coordinates`, for error messages. */
export interface PlacedPosition {
  path: number[];
  position: Position;
}

export interface CheckedGeometry {
  geometry: SimpleGeometry;
  positions: PlacedPosition[];
}

/**
 * Checks a geometry against RFC 7946 and the data rules: known type, well
 * nested coordinates, finite lon/lat in range and in [lon, lat] order (a
 * swap is named as such), at most six decimals, then the simple-feature
 * validity of its shape (./shape.ts). Returns the geometry when its positions are
 * sound (so later checks such as the outline can use them).
 * @param area where positions may plausibly lie; a position whose swap lies there is reported as swapped
 */
export function checkGeometry(value: unknown, sink: IssueSink, area: Bbox): CheckedGeometry | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    sink.add('geometry', 'a geometry object', show(value));
    return undefined;
  }
  const type: unknown = 'type' in value ? value.type : undefined;
  if (!isGeometryType(type)) {
    sink.add('geometry.type', `one of ${GEOMETRY_TYPES.join(', ')}`, show(type));
    return undefined;
  }
  const coordinates: unknown = 'coordinates' in value ? value.coordinates : undefined;
  const raw: { path: number[]; value: unknown[] }[] = [];
  const bad = collectPositions(coordinates, DEPTH[type], [], raw);
  if (bad) {
    const expected = bad.path.length === 0 ? SHAPE[type] : bad.expected;
    sink.add(fieldPath('geometry', 'coordinates', ...bad.path), expected, show(bad.found));
    return undefined;
  }
  const positions = checkPositions(raw, sink, area);
  if (!positions) return undefined;
  const geometry = { type, coordinates } as SimpleGeometry;
  checkShape(geometry, sink);
  return { geometry, positions };
}

function isGeometryType(value: unknown): value is GeometryType {
  return (GEOMETRY_TYPES as readonly unknown[]).includes(value);
}

interface Misfit {
  path: number[];
  expected: string;
  found: unknown;
}

function collectPositions(value: unknown, depth: number, path: number[], out: { path: number[]; value: unknown[] }[]): Misfit | undefined {
  if (!Array.isArray(value)) {
    return { path, expected: depth === 0 ? 'a position [lon, lat]' : 'an array', found: value };
  }
  if (depth === 0) {
    out.push({ path, value });
    return undefined;
  }
  for (const [i, item] of value.entries()) {
    const bad = collectPositions(item, depth - 1, [...path, i], out);
    if (bad) return bad;
  }
  return undefined;
}

/** Groups position problems by kind so one bad geometry gives one line per kind, not one per vertex. */
class PositionProblems {
  private readonly byKind = new Map<string, { path: number[]; found: string; count: number }>();

  add(kind: string, path: number[], found: string): void {
    const seen = this.byKind.get(kind);
    if (seen) seen.count++;
    else this.byKind.set(kind, { path, found, count: 1 });
  }

  report(sink: IssueSink): void {
    for (const [expected, { path, found, count }] of this.byKind) {
      const more = count > 1 ? ` (and ${count - 1} more position${count > 2 ? 's' : ''})` : '';
      sink.add(fieldPath('geometry', 'coordinates', ...path), expected, found + more);
    }
  }
}

const EXPECT_PAIR = 'a position of two numbers [lon, lat]';
const EXPECT_FINITE = 'finite numbers (JSON has no NaN or Infinity; JSON.stringify writes them as null)';
const EXPECT_RANGE = 'lon within -180…180 and lat within -90…90';
const EXPECT_DECIMALS = `at most ${MAX_DECIMALS} decimals (0.1 m)`;

function checkPositions(raw: { path: number[]; value: unknown[] }[], sink: IssueSink, area: Bbox): PlacedPosition[] | undefined {
  const problems = new PositionProblems();
  const positions: PlacedPosition[] = [];
  const expectSwap = `[lon, lat] (here lon ${area[0]}…${area[2]}, lat ${area[1]}…${area[3]})`;
  for (const { path, value } of raw) {
    const [lon, lat] = value;
    if (value.length !== 2) problems.add(EXPECT_PAIR, path, `${show(value)} (${value.length} values)`);
    else if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) problems.add(EXPECT_FINITE, path, show(value));
    else if (!inBbox(area, lon, lat) && inBbox(area, lat, lon)) problems.add(expectSwap, path, `${show(value)}: lon and lat are swapped`);
    else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) problems.add(EXPECT_RANGE, path, show(value));
    else {
      const worst = Math.max(decimals(lon), decimals(lat));
      // Too many decimals is an error but not an unsound position: later checks still run.
      if (worst > MAX_DECIMALS) problems.add(EXPECT_DECIMALS, path, `${show(value)} (${worst} decimals)`);
      positions.push({ path, position: [lon, lat] });
    }
  }
  problems.report(sink);
  return positions.length === raw.length ? positions : undefined;
}

/** Number.isFinite is false for anything not a number, so it alone tells a usable coordinate. */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/** Decimal places of a number as JSON writes it. */
export function decimals(x: number): number {
  const text = String(x);
  // Stryker disable next-line ConditionalExpression,StringLiteral: the loop below counts the same for this form too; this is the quick way for the usual case
  if (!text.includes('e')) return text.split('.')[1]?.length ?? 0;
  for (let d = 0; d <= 20; d++) if (Number(x.toFixed(d)) === x) return d;
  return 21;
}
