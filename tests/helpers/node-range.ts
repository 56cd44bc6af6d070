/**
 * Just enough of npm's range grammar to read `engines.node` fields
 * (`>=20.19.0`, `^20.19.0 || >=22.12.0`, `6.* || >= 10.*`, `14 >=14.17`);
 * anything else throws, so a test never passes on a range it did not read.
 */
type Version = [number, number, number];

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** A partial version ("20", "20.19", "10.*") as its numbers and how many were given. */
function partial(text: string): { v: Version; given: number } {
  const parts = text.split('.').filter((p) => p !== '*' && p !== 'x');
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) throw new Error(`unsupported version "${text}"`);
  const n = parts.map(Number);
  return { v: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], given: parts.length };
}

/** The version after the last one a partial version covers: 20 → 21.0.0, 20.19 → 20.20.0. */
function next(v: Version, given: number): Version {
  if (given <= 1) return [v[0] + 1, 0, 0];
  if (given === 2) return [v[0], v[1] + 1, 0];
  return [v[0], v[1], v[2] + 1];
}

function satisfiesOne(comparator: string, version: Version): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?(.+)$/.exec(comparator);
  if (!m?.[2]) throw new Error(`unsupported comparator "${comparator}"`);
  const op = m[1] ?? '';
  const { v, given } = partial(m[2]);
  const c = compare(version, v);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return compare(version, given < 3 ? next(v, given) : v) >= (given < 3 ? 0 : 1);
    case '<=':
      return compare(version, next(v, given)) < 0;
    case '<':
      return c < 0;
    case '^':
      return c >= 0 && compare(version, v[0] > 0 ? [v[0] + 1, 0, 0] : next(v, Math.min(given, 2))) < 0;
    case '~':
      return c >= 0 && compare(version, next(v, Math.min(Math.max(given, 2), 2))) < 0;
    default:
      return c >= 0 && compare(version, next(v, given)) < 0;
  }
}

/** Whether `version` ("20.19.0") is in `range`. */
export function satisfies(version: string, range: string): boolean {
  const { v } = partial(version.replace(/^v/, ''));
  return range.split('||').some((alternative) => {
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
    return comparators.every((c) => c === '*' || c === '' || satisfiesOne(c, v));
  });
}

/** The lowest version a `>=X.Y.Z` range admits. */
export function lowest(range: string): string {
  const m = /^>=\s*(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!m?.[1]) throw new Error(`expected ">=X.Y.Z", found "${range}"`);
  return m[1];
}
