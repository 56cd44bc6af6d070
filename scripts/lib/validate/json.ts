import { readFile } from 'node:fs/promises';
import type { IssueSink } from './issues';
import { locateJsonError, unholdableNumbers } from './json-syntax';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const BOM = '\uFEFF';

/**
 * Parses JSON text. An empty file, a byte-order mark, a syntax error (with
 * its line and column) and a number a 64-bit float cannot hold (as written,
 * where JSON.parse would silently give Infinity or 0) are each named.
 */
export function parseJson(text: string, sink: IssueSink, what: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') {
    sink.add('json', what, 'an empty file');
    return { ok: false };
  }
  if (text.startsWith(BOM)) {
    sink.add('json', 'UTF-8 without a byte-order mark', 'a byte-order mark (U+FEFF) at the start of the file: save it as UTF-8 without BOM');
    return { ok: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { offset, problem } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    sink.add('json', 'valid JSON', `a syntax error at line ${line} column ${column}: ${problem}`);
    return { ok: false };
  }
  const [first, ...more] = unholdableNumbers(text);
  if (!first) return { ok: true, value };
  const { line, column } = lineColumn(text, first.offset);
  const others = more.length > 0 ? ` (and ${more.length} more)` : '';
  sink.add('json', 'numbers a 64-bit float can hold (magnitude about 5e-324 to 1.8e308)', `${first.literal.slice(0, 40)} at line ${line} column ${column}, which JSON.parse reads as ${first.readAs}${others}`);
  return { ok: false };
}

/** Reads a UTF-8 file, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
