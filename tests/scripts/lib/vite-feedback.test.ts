import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackConfigPlugin } from '../../../scripts/lib/vite-feedback';

type Req = { url?: string };
type Res = { headers: Record<string, string>; body?: string; setHeader(k: string, v: string): void; end(b: string): void };
type Middleware = (req: Req, res: Res, next: () => void) => void;
type Hooks = {
  name: string;
  configureServer: (s: unknown) => void;
  configurePreviewServer: (s: unknown) => void;
  generateBundle: (this: { emitFile: (f: unknown) => void }) => void;
};

let good: string;
let bad: string;
let wrongField: string;

async function rootWith(config: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-feedback-'));
  await mkdir(path.join(dir, 'config'));
  await writeFile(path.join(dir, 'config', 'feedback.json'), config);
  return dir;
}

beforeAll(async () => {
  good = await rootWith('{ "url": "https://example.org/issues/new", "email": "" }');
  bad = await rootWith('{ "url": ');
  wrongField = await rootWith('{ "url": "http://insecure.example" }');
});
afterAll(async () => {
  for (const dir of [good, bad, wrongField]) await rm(dir, { recursive: true, force: true });
});

function middlewareOf(root: string, hook: 'configureServer' | 'configurePreviewServer'): Middleware {
  let middleware: Middleware | undefined;
  (feedbackConfigPlugin(root) as unknown as Hooks)[hook]({ middlewares: { use: (m: Middleware) => (middleware = m) } });
  if (!middleware) throw new Error('no middleware installed');
  return middleware;
}

function ask(middleware: Middleware, url: string): { res: Res; passed: boolean } {
  const res: Res = { headers: {}, setHeader(k, v) { this.headers[k] = v; }, end(b) { this.body = b; } };
  let passed = false;
  middleware({ url }, res, () => (passed = true));
  return { res, passed };
}

describe('the feedback config beside the page', () => {
  it.each(['configureServer', 'configurePreviewServer'] as const)('%s answers /config/feedback.json (query ignored) with the checked file as JSON', (hook) => {
    const { res, passed } = ask(middlewareOf(good, hook), '/config/feedback.json?v=2');
    expect(passed).toBe(false);
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.body).toBe('{\n  "url": "https://example.org/issues/new",\n  "email": ""\n}\n');
  });

  it('passes every other request on untouched', () => {
    for (const url of ['/', '/config/feedback.jsonx', '/x/config/feedback.json', '/config/other.json']) {
      const { res, passed } = ask(middlewareOf(good, 'configureServer'), url);
      expect(passed, url).toBe(true);
      expect(res.body, url).toBeUndefined();
    }
  });

  it('emits the checked file into the build at config/feedback.json', () => {
    const emitted: unknown[] = [];
    (feedbackConfigPlugin(good) as unknown as Hooks).generateBundle.call({ emitFile: (f) => emitted.push(f) });
    expect(emitted).toEqual([{ type: 'asset', fileName: 'config/feedback.json', source: '{\n  "url": "https://example.org/issues/new",\n  "email": ""\n}\n' }]);
  });

  it('fails the build naming the file when the JSON does not parse', () => {
    const plugin = feedbackConfigPlugin(bad) as unknown as Hooks;
    expect(() => plugin.generateBundle.call({ emitFile: () => undefined })).toThrow(/^config\/feedback\.json: .*JSON/);
  });

  it('fails the build naming the file and field when a field is wrong', () => {
    const plugin = feedbackConfigPlugin(wrongField) as unknown as Hooks;
    expect(() => plugin.generateBundle.call({ emitFile: () => undefined })).toThrow('config/feedback.json: field "url" expected an https:// URL or ""');
  });

  it('names itself for Vite', () => {
    expect((feedbackConfigPlugin(good) as unknown as Hooks).name).toBe('qiaokou-feedback-config');
  });
});
