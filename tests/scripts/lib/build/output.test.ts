import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareOutputs, existingOutputs, nodeFs, writeAtomically } from '../../../../scripts/lib/build/output';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-output-'));
  dirs.push(dir);
  return dir;
}
const bytes = (...b: number[]) => new Uint8Array(b);
const label = (name: string) => `tiles/${name}`;

describe('writeAtomically', () => {
  it('creates the directory and writes every file, leaving no temp file', async () => {
    const dir = path.join(await tempDir(), 'tiles');
    await writeAtomically(dir, new Map([['a.bin', bytes(1, 2)], ['b.bin', bytes(3)]]));
    expect((await readdir(dir)).sort()).toEqual(['a.bin', 'b.bin']);
    expect([...(await readFile(path.join(dir, 'a.bin')))]).toEqual([1, 2]);
  });

  it('renames nothing into place and removes the temp files it wrote when a write fails', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.bin'), bytes(9));
    let writes = 0;
    const failing = { ...nodeFs, writeFile: async (file: string, data: Uint8Array) => (++writes === 2 ? Promise.reject(new Error('disk full')) : nodeFs.writeFile(file, data)) };
    await expect(writeAtomically(dir, new Map([['a.bin', bytes(1)], ['b.bin', bytes(2)]]), failing)).rejects.toThrow('disk full');
    expect(await readdir(dir)).toEqual(['a.bin']);
    expect([...(await readFile(path.join(dir, 'a.bin')))]).toEqual([9]);
  });
});

describe('existingOutputs', () => {
  it('lists the named outputs that exist, in the order asked', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'b.bin'), '');
    await writeFile(path.join(dir, 'a.bin'), '');
    expect(await existingOutputs(dir, ['a.bin', 'c.bin', 'b.bin'])).toEqual(['a.bin', 'b.bin']);
  });
});

describe('compareOutputs', () => {
  it('finds nothing when every file is byte-identical, an empty one included', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.bin'), bytes(1, 2, 3));
    await writeFile(path.join(dir, 'e.bin'), bytes());
    expect(await compareOutputs(dir, new Map([['a.bin', bytes(1, 2, 3)], ['e.bin', bytes()]]), label)).toEqual([]);
  });

  it('names a missing file with the size a build makes, and a changed one with sizes and its first differing byte', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.bin'), bytes(1, 2, 3));
    await writeFile(path.join(dir, 'b.bin'), bytes(1, 2));
    await writeFile(path.join(dir, 'c.bin'), bytes(7, 2, 3));
    const built = new Map([['a.bin', bytes(1, 2, 4)], ['b.bin', bytes(1, 2, 3)], ['c.bin', bytes(1, 2, 3)], ['m.bin', bytes(1, 2)]]);
    expect(await compareOutputs(dir, built, label)).toEqual([
      'tiles/a.bin: differs from a fresh build (committed 3 bytes, built 3 bytes, first difference at byte 2)',
      'tiles/b.bin: differs from a fresh build (committed 2 bytes, built 3 bytes, first difference at byte 2)',
      'tiles/c.bin: differs from a fresh build (committed 3 bytes, built 3 bytes, first difference at byte 0)',
      'tiles/m.bin: missing (a fresh build makes 2 bytes)',
    ]);
  });

  it('lets a read error other than a missing file through', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'a.bin'));
    await expect(compareOutputs(dir, new Map([['a.bin', bytes(1)]]), label)).rejects.toThrow(/EISDIR/);
  });
});
