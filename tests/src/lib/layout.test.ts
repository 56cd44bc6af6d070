import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteVars } from '../../../src/components/palette-vars';
import { NARROW_QUERY, NARROW_WIDTH_PX } from '../../../src/lib/layout';
import { STATUS_COLOR } from '../../../src/map/palette';
import { STATUSES } from '../../../src/schema/constants';

const SRC = new URL('../../../src', import.meta.url).pathname;
const stylesheets = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));

describe('the layout breakpoint', () => {
  it('is the width the narrow media query tests', () => {
    expect(NARROW_QUERY).toBe(`(max-width: ${NARROW_WIDTH_PX}px)`);
  });

  it('is the one every stylesheet width query switches at', () => {
    const queries = stylesheets.flatMap(({ file, text }) => [...text.matchAll(/\((max|min)-width:\s*(\d+)px\)/g)].map((m) => ({ file, bound: m[1], px: Number(m[2]) })));
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) expect(`${q.file} ${q.bound} ${q.px}`).toBe(`${q.file} ${q.bound} ${q.bound === 'max' ? NARROW_WIDTH_PX : NARROW_WIDTH_PX + 1}`);
  });
});

describe('status colours in the stylesheets', () => {
  it('come from the palette as custom properties', () => {
    const vars = paletteVars();
    for (const s of STATUSES) expect(vars[`--status-${s}`]).toBe(STATUS_COLOR[s]);
  });

  it('are never a copy of a palette colour written into a status rule', () => {
    const rules = stylesheets.flatMap(({ file, text }) => [...text.matchAll(/[^{}]*\.status-[a-z]+[^{}]*\{[^}]*\}/g)].map((m) => `${file}: ${m[0].trim()}`));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) for (const colour of Object.values(STATUS_COLOR)) expect(rule.toLowerCase()).not.toContain(colour.toLowerCase());
  });
});
