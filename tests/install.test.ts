import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lowest, satisfies } from './helpers/node-range';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; hasInstallScript?: boolean }> };
const declared = lowest(pkg.engines.node);

describe('the range reader the install checks use', () => {
  it('reads the forms the lockfile holds', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.1', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '>= 22')).toBe(false);
    expect(satisfies('20.19.0', '>=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('15.0.0', '>=16 || 14 >=14.17')).toBe(false);
    expect(satisfies('14.18.0', '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies('20.19.0', '^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(true);
    expect(satisfies('23.0.0', '^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(false);
    expect(() => satisfies('20.19.0', '20.19.0 - 22')).toThrow(/unsupported/);
  });
});

describe("a newcomer's install", () => {
  it('declares a Node every installed package accepts', () => {
    const refused = Object.entries(lock.packages)
      .map(([name, p]) => ({ name, range: Array.isArray(p.engines) ? undefined : p.engines?.node }))
      .filter((p): p is { name: string; range: string } => p.range !== undefined && !satisfies(declared, p.range))
      .map((p) => `${p.name.replace(/^node_modules\//, '')} wants node ${p.range}`);
    expect(refused, `package.json says node ${pkg.engines.node}`).toEqual([]);
  });

  it('is tested on a Node that package.json declares', () => {
    expect(satisfies(process.version, pkg.engines.node), `running ${process.version}`).toBe(true);
  });

  it('says the same lowest Node in the README and in .ci/run', () => {
    const major = declared.split('.').slice(0, 2).join('.');
    expect(readFileSync('README.md', 'utf8')).toContain(`Node ${major}`);
    expect(readFileSync('.ci/run', 'utf8')).toContain(declared);
  });

  it('relies on no install script: each one is reviewed in allowScripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([name]) => name.replace(/^.*node_modules\//, ''));
    expect(withScripts.filter((name) => pkg.allowScripts?.[name] === undefined)).toEqual([]);
  });
});
