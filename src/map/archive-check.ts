import type { Bbox, Catalogue } from '../schema/records';
import { ARCHIVE_LAYERS, type ArchiveKind } from './ids';

/** Everything that can be wrong with an archive as served, each with its own message (./archive-messages.ts). */
export type ArchiveProblem =
  | { kind: 'http'; status: number }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'empty' }
  | { kind: 'no-range' }
  | { kind: 'encoded'; encoding: string }
  | { kind: 'not-pmtiles' }
  | { kind: 'version'; version: number }
  | { kind: 'truncated'; size: number; expected: number }
  | { kind: 'swapped'; other: ArchiveKind }
  | { kind: 'elsewhere'; bounds: Bbox }
  | { kind: 'layers'; found: string[]; expected: readonly string[] }
  | { kind: 'build'; found: string | null; expected: string }
  | { kind: 'other'; message: string };

/** An archive problem as thrown, with the archive it is about. */
export class ArchiveError extends Error {
  constructor(
    readonly path: string,
    readonly problem: ArchiveProblem,
  ) {
    super(`${path}: ${problem.kind}`);
  }
}

/** What the pmtiles library's errors mean, in our terms; its own English text only as a last resort. */
export function problemFromLibrary(e: Error): ArchiveProblem {
  const status = /Bad response code: (\d+)/.exec(e.message)?.[1];
  if (status) return { kind: 'http', status: Number(status) };
  if (/magic number/.test(e.message)) return { kind: 'not-pmtiles' };
  const version = /spec version (\d+)/.exec(e.message)?.[1];
  if (version) return { kind: 'version', version: Number(version) };
  if (/HTTP Byte Serving/.test(e.message)) return { kind: 'no-range' };
  return { kind: 'other', message: e.message };
}

/** What a probe of the first byte says about how the archive is served; null when it is served well. */
export function problemFromProbe(res: { status: number; headers: { get(name: string): string | null } }): ArchiveProblem | null {
  const encoding = res.headers.get('Content-Encoding');
  // A compressed response cannot be read by byte ranges: the offsets are those of the compressed stream.
  if (encoding && encoding !== 'identity') return { kind: 'encoded', encoding };
  const range = res.headers.get('Content-Range');
  if (res.status === 416 && range === 'bytes */0') return { kind: 'empty' };
  if (res.status === 200) return res.headers.get('Content-Length') === '0' ? { kind: 'empty' } : { kind: 'no-range' };
  if (res.status >= 300) return { kind: 'http', status: res.status };
  return null;
}

/** What the archive's header and metadata say, as far as the check needs. */
export interface ArchiveFacts {
  bounds: Bbox;
  metadata: unknown;
}

const layersOf = (metadata: unknown): string[] => {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  return Array.isArray(layers) ? layers.map((l) => String((l as { id?: unknown })?.id)) : [];
};

const overlaps = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Whether an archive that opened is the one this catalogue goes with: its
 * layers are those the style reads from it (not the other archive's), it
 * covers the district, and it comes from the same build as the catalogue.
 */
export function checkArchive(kind: ArchiveKind, facts: ArchiveFacts, catalogue: Pick<Catalogue, 'build' | 'places'>): ArchiveProblem | null {
  const found = layersOf(facts.metadata);
  const expected = ARCHIVE_LAYERS[kind];
  const other: ArchiveKind = kind === 'project' ? 'basemap' : 'project';
  const known = (names: readonly string[]) => found.length > 0 && found.every((l) => names.includes(l));
  if (!known(expected) && known(ARCHIVE_LAYERS[other])) return { kind: 'swapped', other };
  const district = catalogue.places.find((p) => p.kind === 'district')?.bbox;
  if (district && !overlaps(facts.bounds, district)) return { kind: 'elsewhere', bounds: facts.bounds };
  if (!known(expected)) return { kind: 'layers', found, expected };
  const build = (facts.metadata as { build?: unknown } | null)?.build;
  if (build !== catalogue.build) return { kind: 'build', found: typeof build === 'string' ? build : null, expected: catalogue.build };
  return null;
}
