import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { findMatches } from '../../lib/report/find';
import { quoteOccurrences } from '../../lib/report/linker';
import { blockAt, type Range } from '../../lib/report/structure';
import { useStore } from '../../store';
import { FindBar } from './FindBar';
import { scrollWithin } from '../panel/goTo';
import type { AnchorContext } from './MentionAnchor';
import { blockDomId, type LabelledMark, ReportBlock } from './ReportBlock';
import { SelectionBar } from './SelectionBar';
import { READER_STRINGS } from './strings';
import { Toc } from './Toc';
import { NO_ANCHORS, useLinkedReport } from './useLinkedReport';
import '../panel/wide.css';
import './reader.css';
import { useLang, useText } from '../useText';

const MATCH_LIMIT = 999;
const NO_MARKS: readonly LabelledMark[] = [];
const NO_RANGES: readonly Range[] = [];

/** Steps through a list, wrapping at both ends; the position resets whenever the list changes. */
function useStepper<T>(list: T) {
  const [pos, setPos] = useState<{ of: T; k: number }>({ of: list, k: 0 });
  const k = pos.of === list ? pos.k : 0;
  const step = (n: number, by: 1 | -1) => setPos({ of: list, k: n === 0 ? 0 : (k + by + n) % n });
  return [k, step] as const;
}

/** The report beside the map: full text with its structure, links to the map, find, and the selected feature's sentences. */
export default function ReportPanel() {
  const t = useText(READER_STRINGS);
  const lang = useLang();
  const catalogueState = useStore((st) => st.catalogue);
  const selected = useStore((st) => st.selected);
  const origin = useStore((st) => st.selectOrigin);
  const readerTarget = useStore((st) => st.readerTarget);
  const { doc, linked, anchorsByBlock, catalogue } = useLinkedReport();

  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => findMatches(doc.text, doc.blocks, deferred, MATCH_LIMIT), [doc, deferred]);
  const [matchIndex, stepMatch] = useStepper(matches);
  const selSentences = (selected && linked.sentencesOf.get(selected)) || NO_RANGES;
  const [selStep, stepSel] = useStepper(selSentences);
  const [target, setTarget] = useState<readonly Range[]>(NO_RANGES);

  const features = useMemo(() => new Map((catalogue?.features ?? []).map((f) => [f.id, f])), [catalogue]);
  const ctx = useMemo<AnchorContext>(() => ({ lang, selected: null, names: features, unmapped: new Map((catalogue?.unmapped ?? []).map((u) => [u.id, u])) }), [lang, features, catalogue]);
  const ctxSelected = useMemo<AnchorContext>(() => ({ ...ctx, selected }), [ctx, selected]);

  const marksByBlock = useMemo(() => {
    const byBlock = new Map<string, LabelledMark[]>();
    const add = (m: LabelledMark) => {
      const b = blockAt(doc, m.start);
      if (b) byBlock.set(b.id, [...(byBlock.get(b.id) ?? []), m]);
    };
    selSentences.forEach((r, k) => {
      add({ ...r, cls: 'sel', label: t('selectedSentence') });
      if (k === selStep && selSentences.length > 1) add({ ...r, cls: 'sel-current' });
    });
    for (const r of target) add({ ...r, cls: 'target', label: t('targetSentence') });
    matches.forEach((r, k) => {
      add({ ...r, cls: 'match' });
      if (k === matchIndex) add({ ...r, cls: 'match-current' });
    });
    return byBlock;
  }, [doc, selSentences, selStep, target, matches, matchIndex, t]);

  const scrollToOffset = useCallback(
    (offset: number, focus = false) => {
      const b = blockAt(doc, offset);
      const blockEl = b && document.getElementById(blockDomId(b.id));
      if (!blockEl) return;
      const el = blockEl.querySelector(`[data-at="${offset}"]`) ?? blockEl;
      if (focus) blockEl.focus({ preventScroll: true });
      scrollWithin(el, 'center');
    },
    [doc],
  );

  useEffect(() => {
    const m = matches[matchIndex];
    if (m) scrollToOffset(m.start);
  }, [matches, matchIndex, scrollToOffset]);

  // A selection made elsewhere (map, list, search, near me) brings its sentence into view; a click in the text does not jump.
  const shown = useRef<{ id: string | null; mounted: boolean }>({ id: null, mounted: false });
  useEffect(() => {
    const r = selSentences[selStep];
    const fresh = shown.current.id !== selected;
    const first = !shown.current.mounted;
    shown.current = { id: selected, mounted: true };
    if (!r || (fresh && !first && origin === 'reader')) return;
    scrollToOffset(r.start);
  }, [selected, selSentences, selStep, origin, scrollToOffset]);

  useEffect(() => {
    if (!readerTarget) return;
    const ranges = quoteOccurrences(doc, readerTarget.quote, readerTarget.section).map((o) => o.range);
    useStore.getState().clearReaderTarget();
    setTarget(ranges);
    const first = ranges[0];
    if (first) requestAnimationFrame(() => scrollToOffset(first.start, true));
  }, [readerTarget, doc, scrollToOffset]);

  const selectedFeature = selected ? features.get(selected) : undefined;
  return (
    <section className="reader wide-panel" aria-label={t('heading')}>
      <div className="r-toolbar">
        <FindBar query={query} count={matches.length} index={matchIndex} limited={matches.length >= MATCH_LIMIT} onQuery={setQuery} onStep={(by) => stepMatch(matches.length, by)} />
        {selectedFeature && <SelectionBar feature={selectedFeature} count={selSentences.length} step={selStep} onStep={(by) => stepSel(selSentences.length, by)} />}
      </div>
      <Toc doc={doc} />
      <p className="r-key small">
        <span className="r-key-link">{t('keyLink')}</span> <span className="r-key-unmapped">{t('keyUnmapped')}</span> {t('key')}
      </p>
      {catalogueState.status === 'idle' && <p className="muted small">{t('loadingLinks')}</p>}
      {catalogueState.status === 'error' && (
        <p className="error small" role="alert">
          {t('linksError')} {catalogueState.message}
        </p>
      )}
      {linked.missing.length > 0 && <p className="notice small">{t('missing', { n: linked.missing.length })}</p>}
      <article className="r-text" lang="zh-CN">
        {doc.blocks.map((b) => {
          const anchors = anchorsByBlock.get(b.id) ?? NO_ANCHORS;
          const hasSelected = selected !== null && anchors.some((a) => a.ids.includes(selected));
          return <ReportBlock key={b.id} block={b} text={doc.text} anchors={anchors} marks={marksByBlock.get(b.id) ?? NO_MARKS} ctx={hasSelected ? ctxSelected : ctx} />;
        })}
      </article>
    </section>
  );
}
