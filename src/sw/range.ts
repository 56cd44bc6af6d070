/** Byte range of a `Range: bytes=a-b` header, or null when absent or unusable (one range only, as PMTiles asks). */
export function parseRange(header: string | null | undefined, size: number): { start: number; end: number } | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  const start = a === '' ? Math.max(0, size - Number(b)) : Number(a);
  const end = a === '' || b === '' ? size - 1 : Math.min(Number(b), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

/** Headers of the whole response a part keeps: a reader compares the ETag across reads. */
const KEPT = ['content-type', 'etag', 'last-modified'];

/**
 * Answers `request` from `whole`, a complete cached response, as a static
 * host would: the whole response when no range is asked, 206 Partial Content
 * with the bytes asked for, or 416 with the size when the range cannot be met.
 * PMTiles reads archives only by range, and a cache holds whole files.
 */
export async function rangeResponse(request: Request, whole: Response): Promise<Response> {
  const header = request.headers.get('range');
  if (!header) return whole;
  const body = await whole.arrayBuffer();
  const headers = new Headers({ 'accept-ranges': 'bytes' });
  for (const name of KEPT) {
    const value = whole.headers.get(name);
    if (value) headers.set(name, value);
  }
  const range = parseRange(header, body.byteLength);
  if (!range) {
    headers.set('content-range', `bytes */${body.byteLength}`);
    return new Response(null, { status: 416, statusText: 'Range Not Satisfiable', headers });
  }
  headers.set('content-range', `bytes ${range.start}-${range.end}/${body.byteLength}`);
  headers.set('content-length', String(range.end - range.start + 1));
  return new Response(body.slice(range.start, range.end + 1), { status: 206, statusText: 'Partial Content', headers });
}
