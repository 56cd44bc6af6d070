import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isNotFound } from '../validate/json';

/** The file operations an atomic write uses; tests swap in failing ones. */
export interface OutputFs {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
}

export const nodeFs: OutputFs = {
  writeFile: (file, data) => writeFile(file, data),
  rename: (from, to) => rename(from, to),
  rm: (file) => rm(file, { force: true }),
};

/**
 * Writes every file to a temp file beside its target, then renames them
 * into place only once all are written; if any write fails the temp files
 * are removed and the previous outputs stay as they were.
 */
export async function writeAtomically(dir: string, files: ReadonlyMap<string, Uint8Array>, fs: OutputFs = nodeFs): Promise<void> {
  await mkdir(dir, { recursive: true });
  const written: [string, string][] = [];
  try {
    for (const [name, bytes] of files) {
      const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
      written.push([temp, path.join(dir, name)]);
      await fs.writeFile(temp, bytes);
    }
  } catch (error) {
    await Promise.all(written.map(([temp]) => fs.rm(temp)));
    throw error;
  }
  for (const [temp, target] of written) await fs.rename(temp, target);
}

/** The outputs that already exist in dir (for --force). */
export async function existingOutputs(dir: string, names: Iterable<string>): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    // Stryker disable next-line ArrowFunction: any falsy value reads as "not there"
    if (await stat(path.join(dir, name)).then(() => true, () => false)) out.push(name);
  }
  return out;
}

/** How each built file differs from the one in dir; empty when all are byte-identical. */
export async function compareOutputs(dir: string, files: ReadonlyMap<string, Uint8Array>, label: (name: string) => string): Promise<string[]> {
  const differences: string[] = [];
  for (const [name, built] of files) {
    const committed = await readFile(path.join(dir, name)).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    if (!committed) differences.push(`${label(name)}: missing (a fresh build makes ${built.length} bytes)`);
    else if (!committed.equals(built)) {
      let at = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past its end built[at] is undefined, which no byte equals
      while (at < built.length && committed[at] === built[at]) at++;
      differences.push(`${label(name)}: differs from a fresh build (committed ${committed.length} bytes, built ${built.length} bytes, first difference at byte ${at})`);
    }
  }
  return differences;
}
