import { PMTiles, type Protocol } from 'pmtiles';
import type { Catalogue } from '../schema/records';
import { type ArchiveFacts, ArchiveError, checkArchive, problemFromLibrary, problemFromProbe } from './archive-check';
import { type ArchiveKind, TILE_PATHS } from './ids';

/** Why a fetch failed at the network level: a compressed response the browser could not decode looks the same as no network. */
async function unreachable(url: string, e: Error): Promise<ArchiveError['problem']> {
  try {
    const head = await fetch(url, { method: 'HEAD' });
    const encoding = head.headers.get('Content-Encoding');
    if (encoding && encoding !== 'identity') return { kind: 'encoded', encoding };
  } catch {
    // No answer to HEAD either: the network, not the file.
  }
  return { kind: 'unreachable', detail: e.message };
}

/**
 * Registers an archive with the protocol and checks how it is served and
 * what it is: a first byte by range (the server honours ranges, sends no
 * compressed body, the file is not empty), then the header (a PMTiles v3
 * file, as long as its header says) and its metadata. A broken, foreign,
 * compressed or truncated archive fails loudly and early, with an
 * ArchiveError the UI can say in its language, rather than as missing tiles.
 */
export async function openArchive(protocol: Protocol, kind: ArchiveKind): Promise<ArchiveFacts> {
  const path = TILE_PATHS[kind];
  const url = new URL(path, document.baseURI).href;
  const archive = new PMTiles(url);
  protocol.add(archive);
  let res: Response;
  try {
    res = await fetch(url, { headers: { Range: 'bytes=0-0' } });
    await res.body?.cancel();
  } catch (e) {
    throw new ArchiveError(path, await unreachable(url, e as Error));
  }
  const served = problemFromProbe(res);
  if (served) throw new ArchiveError(path, served);
  try {
    const header = await archive.getHeader();
    if (header.specVersion !== 3) throw new ArchiveError(path, { kind: 'version', version: header.specVersion });
    // Content-Range carries the whole file's size.
    const size = Number(res.headers.get('Content-Range')?.split('/')[1]);
    const end = header.tileDataOffset + (header.tileDataLength ?? 0);
    if (size < end) throw new ArchiveError(path, { kind: 'truncated', size, expected: end });
    const metadata: unknown = await archive.getMetadata();
    return { bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat], metadata };
  } catch (e) {
    throw e instanceof ArchiveError ? e : new ArchiveError(path, problemFromLibrary(e as Error));
  }
}

/**
 * Opens both archives, then, once the catalogue is loaded, checks that they
 * are the ones it goes with. `opened` settles when both have been read (so
 * the map's own tile errors can wait for the cause); `checked` rejects with
 * the first ArchiveError.
 */
export function openArchives(protocol: Protocol, catalogue: Promise<Catalogue | null>): { opened: Promise<unknown>; checked: Promise<void> } {
  const kinds: ArchiveKind[] = ['project', 'basemap'];
  const opening = kinds.map((kind) => openArchive(protocol, kind));
  const checked = Promise.all(
    opening.map(async (open, i) => {
      const facts = await open;
      const loaded = await catalogue;
      const kind = kinds[i] as ArchiveKind;
      const problem = loaded && checkArchive(kind, facts, loaded);
      if (problem) throw new ArchiveError(TILE_PATHS[kind], problem);
    }),
  ).then(() => undefined);
  return { opened: Promise.allSettled(opening), checked };
}
