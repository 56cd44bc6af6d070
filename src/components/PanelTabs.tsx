import { UI_STRINGS } from '../lib/i18n';
import { type KeyboardEvent, Suspense, useRef } from 'react';
import { useStore } from '../store';
import { PANEL_ENTRIES } from './panels';
import { useText } from './useText';

/** The side panel: a tab per view (list, near me, report …), keyboard-operable. */
export function PanelTabs() {
  const t = useText(UI_STRINGS);
  const panel = useStore((s) => s.panel);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const active = PANEL_ENTRIES.find((p) => p.id === panel) ?? PANEL_ENTRIES[0];
  if (!active) return null;
  const onKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + PANEL_ENTRIES.length) % PANEL_ENTRIES.length;
    const entry = PANEL_ENTRIES[next];
    if (!entry) return;
    useStore.getState().setPanel(entry.id);
    tabs.current[next]?.focus();
  };
  const Active = active.component;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('views')}>
          {PANEL_ENTRIES.map((p, i) => (
            <button
              key={p.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${p.id}`}
              aria-selected={p.id === active.id}
              aria-controls={`tabpanel-${p.id}`}
              tabIndex={p.id === active.id ? 0 : -1}
              onClick={() => useStore.getState().setPanel(p.id)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {t(p.label)}
            </button>
          ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${active.id}`} aria-labelledby={`tab-${active.id}`} className="tabpanel">
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Active />
        </Suspense>
      </div>
    </>
  );
}
