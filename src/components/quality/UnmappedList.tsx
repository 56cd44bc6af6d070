import { useEffect, useRef } from 'react';
import { isChinese } from '../../lib/i18n';
import { unmappedByReason } from '../../lib/report/quality';
import type { Unmapped } from '../../schema/records';
import { useStore } from '../../store';
import { scrollWithin } from '../panel/goTo';
import { REASON_NAMES } from '../panel/reasons';
import { QUALITY_STRINGS } from './strings';
import { useLang, useText } from '../useText';

const langOf = (text: string) => (isChinese(text) ? 'zh-CN' : 'en');

/** What the report names but the map does not draw, by reason; the item the reader came from is focused. */
export function UnmappedList({ items }: { items: readonly Unmapped[] }) {
  const t = useText(QUALITY_STRINGS);
  const lang = useLang();
  const target = useStore((st) => st.unmappedTarget);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target) return;
    const el = list.current?.querySelector<HTMLElement>(`[data-unmapped-id="${CSS.escape(target)}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      scrollWithin(el, 'center');
    }
  }, [target]);
  useEffect(() => () => useStore.getState().clearUnmappedTarget(), []);
  return (
    <div ref={list}>
      {unmappedByReason(items).map((g) => (
        <section key={g.reason} className="q-reason" aria-labelledby={`q-reason-${g.reason}`}>
          <h4 id={`q-reason-${g.reason}`}>
            {REASON_NAMES[g.reason][lang]} <span className="count">{g.items.length}</span>
          </h4>
          <ul className="q-unmapped">
            {g.items.map((u) => (
              <li key={u.id} data-unmapped-id={u.id} tabIndex={-1} className={target === u.id ? 'q-target' : undefined}>
                <p className="q-name">
                  <strong lang="zh-CN">{u.name_zh}</strong> <span className="muted small" lang="en">{u.name_en}</span> <span className="q-year small">{t('year', { y: u.year })}</span>
                </p>
                <p className="q-note small" lang={langOf(u.note)}>
                  {u.note}
                </p>
                {u.guess && (
                  <p className="q-guess small" data-testid="unmapped-guess">
                    {t('guess')}: {u.guess[lang]}
                  </p>
                )}
                <p className="q-quote small">
                  <q lang="zh-CN">{u.quote}</q>{' '}
                  <button type="button" className="link-button" onClick={() => useStore.getState().showInReport({ quote: u.quote, section: u.section })}>
                    {t('showInReport')}
                    <span className="visually-hidden">: {u.name_zh}</span>
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
