import { useId, useMemo, useRef, useState } from 'react';
import { PRECISION_NAMES, UI_STRINGS } from '../../lib/i18n';
import { feedbackLinks } from '../../lib/feedback';
import { errorReportText } from '../../lib/report/quality';
import { useFeedback } from '../useFeedback';
import type { Catalogue } from '../../schema/records';
import { shareOf, useStore } from '../../store';
import { linkFor } from '../../store/url';
import { QUALITY_STRINGS } from './strings';
import { useLang, useText } from '../useText';

/** A prefilled issue text about one feature (the selected one by default), to copy into the project's issue tracker. */
export function ErrorReport({ catalogue }: { catalogue: Catalogue }) {
  const t = useText(QUALITY_STRINGS);
  const ui = useText(UI_STRINGS);
  const lang = useLang();
  const selected = useStore((st) => st.selected);
  const [picked, setPicked] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const selectId = useId();
  const textId = useId();
  const byName = useMemo(() => [...catalogue.features].sort((a, b) => a.name_zh.localeCompare(b.name_zh, 'zh-CN')), [catalogue]);
  const id = picked ?? selected ?? '';
  const feature = catalogue.features.find((f) => f.id === id) ?? null;
  const shown = shareOf(useStore.getState());
  const url = linkFor(window.location.href, feature ? { ...shown, selected: feature.id } : shown);
  const channel = useFeedback();
  const text = errorReportText({
    source: catalogue.source,
    feature: feature ? { id: feature.id, name_zh: feature.name_zh, precision: PRECISION_NAMES[feature.geocode.precision][lang] } : null,
    url,
    lang,
  });
  const title = `${ui('errorTitle')}${feature?.name_zh ?? ui('title')}`;
  const links = channel ? feedbackLinks(channel, { title, body: text, link: url }) : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      area.current?.select();
      setCopyState('failed');
    }
  };
  return (
    <div className="q-error-report">
      <p className="small">{links ? t('reportIntro') : t('reportNoChannel')}</p>
      {links && (
        <p className="q-channel">
          {links.web && (
            <a href={links.web} target="_blank" rel="noopener noreferrer" className="action" data-testid="report-error">
              {t('reportOpen')}
            </a>
          )}{' '}
          {links.mail && (
            <a href={links.mail} className="action" data-testid="report-error-mail">
              {t('reportMail')}
            </a>
          )}
        </p>
      )}
      <label htmlFor={selectId} className="q-field-label">
        {t('about')}
      </label>
      <select
        id={selectId}
        value={feature?.id ?? ''}
        onChange={(e) => {
          setPicked(e.target.value);
          setCopyState('idle');
        }}
      >
        <option value="">{t('noItem')}</option>
        {byName.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name_zh} · {f.name_en}
          </option>
        ))}
      </select>
      <label htmlFor={textId} className="q-field-label">
        {t('issueText')}
      </label>
      <textarea id={textId} ref={area} readOnly value={text} rows={12} spellCheck={false} />
      <div className="q-copy-row">
        <button type="button" className="q-copy" onClick={copy}>
          {t('copy')}
        </button>
        <span role="status" aria-live="polite" className="small">
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
