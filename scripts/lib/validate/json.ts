import { readFile } from 'node:fs/promises';
import type { IssueSink } from './issues';
import { locateJsonError } from './json-syntax';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text; a syntax error is reported with its line and column, an empty file as such. */
export function parseJson(text: string, sink: IssueSink, what: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') {
    sink.add('json', what, 'an empty file');
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { offset, problem } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    sink.add('json', 'valid JSON', `a syntax error at line ${line} column ${column}: ${problem}`);
    return { ok: false };
  }
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
