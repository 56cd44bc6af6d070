import type { Anchor } from './linker';
import type { Range } from './structure';

/** A mark laid over the text: a highlighted sentence, a find match, a target flashed from another panel. */
export interface Mark extends Range {
  cls: string;
}

/** A run of text with the marks that cover all of it. */
export interface Run extends Range {
  classes: string[];
}

/** Text of a block grouped for rendering: runs inside an anchor (a link or unmapped mark), or loose runs. */
export interface Piece extends Range {
  anchor: Anchor | null;
  runs: Run[];
}

/**
 * Cuts a block's range into pieces at anchor edges and into runs at mark
 * edges, so a link stays one element however many marks cross it.
 */
export function cutBlock(block: Range, anchors: readonly Anchor[], marks: readonly Mark[]): Piece[] {
  const inBlock = anchors.filter((a) => a.start >= block.start && a.end <= block.end);
  const edges = new Set<number>([block.start, block.end]);
  for (const a of inBlock) edges.add(a.start).add(a.end);
  // A mark's edge outside the block falls on the block's own edge.
  const clamp = (k: number) => Math.min(Math.max(k, block.start), block.end);
  for (const m of marks) edges.add(clamp(m.start)).add(clamp(m.end));
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    const anchor = inBlock.find((a) => a.start <= start && end <= a.end) ?? null;
    const classes = marks.filter((m) => m.start <= start && end <= m.end).map((m) => m.cls);
    const last = pieces[pieces.length - 1];
    const run = { start, end, classes };
    if (last && last.anchor === anchor) {
      const prevRun = last.runs[last.runs.length - 1];
      if (prevRun && prevRun.classes.join() === classes.join()) prevRun.end = end;
      else last.runs.push(run);
      last.end = end;
    } else pieces.push({ start, end, anchor, runs: [run] });
  }
  return pieces;
}
