import { useMemo } from 'react';
import text from '../../../data/report/qiaokou-2022-government-work-report.txt?raw';
import { type Anchor, type Linked, linkMentions } from '../../lib/report/linker';
import { blockAt, leadsOf, type ReportDoc, parseReport } from '../../lib/report/structure';
import type { Catalogue } from '../../schema/records';
import { useStore } from '../../store';

export interface LinkedReport {
  doc: ReportDoc;
  linked: Linked;
  anchorsByBlock: ReadonlyMap<string, Anchor[]>;
  catalogue: Catalogue | null;
}

const NONE: Anchor[] = [];
export const NO_ANCHORS: readonly Anchor[] = NONE;

/** The report parsed and linked to the catalogue's features and unmapped items; text only until the catalogue is ready. */
export function useLinkedReport(): LinkedReport {
  const catalogue = useStore((s) => s.catalogue);
  return useMemo(() => {
    const c = catalogue.status === 'ready' ? catalogue.value : null;
    const sections = [...(c?.features.flatMap((f) => f.mentions.map((m) => m.section)) ?? []), ...(c?.unmapped.map((u) => u.section) ?? []), ...(c?.indicators.map((i) => i.section) ?? [])];
    const doc = parseReport(text, { leads: leadsOf(sections) });
    const linked = linkMentions(doc, c?.features ?? [], c?.unmapped ?? []);
    const anchorsByBlock = new Map<string, Anchor[]>();
    for (const a of linked.anchors) {
      const b = blockAt(doc, a.start);
      if (b) anchorsByBlock.set(b.id, [...(anchorsByBlock.get(b.id) ?? []), a]);
    }
    return { doc, linked, anchorsByBlock, catalogue: c };
  }, [catalogue]);
}
