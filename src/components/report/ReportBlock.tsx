import { Fragment, memo, type ReactNode } from 'react';
import type { Anchor } from '../../lib/report/linker';
import { cutBlock, type Mark, type Run } from '../../lib/report/pieces';
import type { Block } from '../../lib/report/structure';
import { type AnchorContext, MentionAnchor } from './MentionAnchor';

/** A mark with words for screen readers at its start, since its colour says nothing to them. */
export interface LabelledMark extends Mark {
  label?: string;
}

/** DOM id of a block, for scrolling to it and for the table of contents. */
export const blockDomId = (id: string) => `r-${id}`;

function renderRun(text: string, run: Run, marks: readonly LabelledMark[]): ReactNode {
  const body = text.slice(run.start, run.end);
  if (run.classes.length === 0) return body;
  const labels = marks.filter((m) => m.label && m.start === run.start).map((m) => m.label);
  const content = (
    <>
      {labels.length > 0 && <span className="visually-hidden">{labels.join('')}</span>}
      {body}
    </>
  );
  const className = run.classes.join(' ');
  if (run.classes.includes('match')) return <mark key={run.start} className={className} data-at={run.start}>{content}</mark>;
  if (run.classes.includes('lead')) return <strong key={run.start} className={className} data-at={run.start}>{content}</strong>;
  return <span key={run.start} className={className} data-at={run.start}>{content}</span>;
}

interface Props {
  block: Block;
  text: string;
  anchors: readonly Anchor[];
  marks: readonly LabelledMark[];
  ctx: AnchorContext;
}

/** One block of the report: its text cut into links, marks and plain runs. Re-renders only when its own marks change. */
export const ReportBlock = memo(function ReportBlock({ block, text, anchors, marks, ctx }: Props) {
  const all: LabelledMark[] = block.kind === 'paragraph' && block.lead ? [{ ...block.lead, cls: 'lead' }, ...marks] : [...marks];
  const content = cutBlock(block, anchors, all).map((piece) => {
    const runs = piece.runs.map((r) => <Fragment key={r.start}>{renderRun(text, r, all)}</Fragment>);
    return piece.anchor ? (
      <MentionAnchor key={piece.start} anchor={piece.anchor} ctx={ctx}>
        {runs}
      </MentionAnchor>
    ) : (
      runs
    );
  });
  const id = blockDomId(block.id);
  switch (block.kind) {
    case 'title':
      return <h2 id={id} className="r-title">{content}</h2>;
    case 'part':
      return <h3 id={id} className="r-part" tabIndex={-1}>{content}</h3>;
    case 'heading':
      return <h4 id={id} className="r-heading" tabIndex={-1}>{content}</h4>;
    case 'meta':
    case 'byline':
      return <p id={id} className={`r-${block.kind}`}>{content}</p>;
    default:
      return (
        <p id={id} className={`r-para${marks.some((m) => m.cls.startsWith('sel')) ? ' has-sel' : ''}`} tabIndex={-1}>
          {content}
        </p>
      );
  }
});
