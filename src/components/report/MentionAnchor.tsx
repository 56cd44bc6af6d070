import { type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Anchor } from '../../lib/report/linker';
import { isChinese, type Lang, textFor } from '../../lib/i18n';
import type { Unmapped } from '../../schema/records';
import { useStore } from '../../store';
import { hrefFor } from '../../store/url';
import { REASON_NAMES } from '../panel/reasons';
import { READER_STRINGS } from './strings';

export interface AnchorContext {
  lang: Lang;
  selected: string | null;
  names: ReadonlyMap<string, { name_zh: string; name_en: string }>;
  unmapped: ReadonlyMap<string, Unmapped>;
}

/** A click the browser should handle itself: another button, or a modifier that opens a tab or window. */
const opensElsewhere = (e: MouseEvent) => e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/** The link a feature's name carries: a real link (it opens in a new tab too), which selects the feature here. */
const featureHref = (id: string, lang: Lang) => hrefFor({ selected: id, panel: 'report', lang });

/** Where an unmapped mark leads: the data-quality view, which lists it with its reason. */
const qualityHref = (lang: Lang) => hrefFor({ panel: 'quality', lang });

function FeatureLink({ id, ctx, children, className }: { id: string; ctx: AnchorContext; children: ReactNode; className?: string }) {
  const { select, hover } = useStore.getState();
  const onClick = (e: MouseEvent) => {
    if (opensElsewhere(e)) return;
    e.preventDefault();
    select(id, 'reader');
  };
  return (
    <a
      href={featureHref(id, ctx.lang)}
      className={className ?? 'r-link'}
      data-feature-id={id}
      aria-current={ctx.selected === id ? 'true' : undefined}
      onClick={onClick}
      onMouseEnter={() => hover(id)}
      onMouseLeave={() => hover(null)}
    >
      {children}
    </a>
  );
}

/** Several features share this text and none is named apart: a link that opens a choice between them. */
function Chooser({ anchor, ctx, children }: { anchor: Anchor; ctx: AnchorContext; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const opener = useRef<HTMLAnchorElement>(null);
  const group = useRef<HTMLSpanElement>(null);
  const t = textFor(READER_STRINGS, ctx.lang);
  useEffect(() => {
    const el = group.current;
    if (!open || !el) return;
    el.querySelector('a')?.focus();
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      opener.current?.focus();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [open]);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <span className="r-choice-wrap">
      <a
        ref={opener}
        href={featureHref(anchor.ids[0] ?? '', ctx.lang)}
        className="r-link r-link-many"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-current={ctx.selected && anchor.ids.includes(ctx.selected) ? 'true' : undefined}
        onClick={(e) => {
          if (opensElsewhere(e)) return;
          e.preventDefault();
          setOpen(!open);
        }}
      >
        {children}
        <span className="r-many-count">
          <span className="visually-hidden">, </span>
          {anchor.ids.length}
        </span>
      </a>
      {open && (
        <span ref={group} id={id} className="r-chooser">
          <span className="r-chooser-title">
            {t('choose', { n: anchor.ids.length })}
          </span>
          {anchor.ids.map((fid) => {
            const n = ctx.names.get(fid);
            return (
              <FeatureLink key={fid} id={fid} ctx={ctx} className="r-choice">
                {n ? (ctx.lang === 'zh' ? n.name_zh : n.name_en) : fid}
              </FeatureLink>
            );
          })}
          <button type="button" className="r-chooser-close" onClick={close} aria-label={t('closeChooser')}>
            ×
          </button>
        </span>
      )}
    </span>
  );
}

/** An unmapped mention: marked, its reason shown on hover and on focus (Escape hides it), and a link to the data-quality list. */
function UnmappedMark({ anchor, ctx, children }: { anchor: Anchor; ctx: AnchorContext; children: ReactNode }) {
  const tipId = useId();
  const [hidden, setHidden] = useState(false);
  const t = textFor(READER_STRINGS, ctx.lang);
  const items = anchor.ids.map((id) => ctx.unmapped.get(id)).filter((u): u is Unmapped => Boolean(u));
  return (
    <span className={`r-unmapped-wrap${hidden ? ' tip-dismissed' : ''}`}>
      <a
        href={qualityHref(ctx.lang)}
        className="r-unmapped"
        aria-describedby={tipId}
        onClick={(e) => {
          if (opensElsewhere(e)) return;
          e.preventDefault();
          if (anchor.ids[0]) useStore.getState().showUnmapped(anchor.ids[0]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setHidden(true);
        }}
        onBlur={() => setHidden(false)}
      >
        {children}
      </a>
      <span role="tooltip" id={tipId} className="r-tip">
        {items.map((u) => (
          <span key={u.id} className="r-tip-item">
            <strong>
              {t('unmapped')}: {REASON_NAMES[u.reason][ctx.lang]}
            </strong>{' '}
            {u.guess ? (
              <span lang={ctx.lang === 'zh' ? 'zh-CN' : 'en'}>{u.guess[ctx.lang]}</span>
            ) : (
              <span lang={isChinese(u.note) ? 'zh-CN' : 'en'}>{u.note}</span>
            )}
          </span>
        ))}
      </span>
    </span>
  );
}

/** One anchor of the text: a link to a feature, a choice between features, or an unmapped mark. */
export function MentionAnchor({ anchor, ctx, children }: { anchor: Anchor; ctx: AnchorContext; children: ReactNode }) {
  if (anchor.kind === 'unmapped') return <UnmappedMark anchor={anchor} ctx={ctx}>{children}</UnmappedMark>;
  const [only] = anchor.ids;
  if (anchor.ids.length === 1 && only) return <FeatureLink id={only} ctx={ctx}>{children}</FeatureLink>;
  return <Chooser anchor={anchor} ctx={ctx}>{children}</Chooser>;
}
