import { useMemo } from 'react';
import { isChinese } from '../../lib/i18n';
import { precisionTable } from '../../lib/report/quality';
import { SOURCE_EN } from '../../lib/sections';
import type { Source } from '../../schema/records';
import { useStore } from '../../store';
import { NotReady } from '../panel/NotReady';
import { WidePanel } from '../panel/WidePanel';
import { ErrorReport } from './ErrorReport';
import { PlacementTable } from './PlacementTable';
import { PrecisionTable } from './PrecisionTable';
import { QUALITY_STRINGS } from './strings';
import { UnmappedList } from './UnmappedList';
import './quality.css';
import { useLang, useText } from '../useText';

function SourceRecord({ source }: { source: Source }) {
  const t = useText(QUALITY_STRINGS);
  const lang = useLang();
  const rows: [string, string, boolean?][] = [
    [t('title'), source.title],
    [t('indexNo'), source.index_no],
    [t('publisher'), source.publisher],
    [t('issued'), source.issued],
    [t('speaker'), source.speaker],
    [t('file'), source.file],
    [t('sha256'), source.sha256, true],
    [t('compiled'), source.compiled],
  ];
  return (
    <dl className="q-source">
      {rows.map(([k, v, code]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            {code ? <code>{v}</code> : <span lang={isChinese(v) ? 'zh-CN' : undefined}>{v}</span>}
            {lang === 'en' && SOURCE_EN[v] && <span className="unit-en"> ({SOURCE_EN[v]})</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Provenance: precision by layer, the unmapped list with reasons, the report's source record, the compile date, and how to report an error. */
export default function QualityPanel() {
  const t = useText(QUALITY_STRINGS);
  const catalogue = useStore((st) => st.catalogue);
  const update = useStore((st) => st.update);
  const features = catalogue.status === 'ready' ? catalogue.value.features : null;
  const table = useMemo(() => precisionTable(features ?? []), [features]);
  if (catalogue.status !== 'ready') return <NotReady state={catalogue} loading={t('loading')} error={t('error')} />;
  const { value } = catalogue;
  const mentions = value.features.reduce((n, f) => n + f.mentions.length, 0);
  return (
    <WidePanel name="quality" heading={t('heading')} intro={t('intro')}>
      <section aria-labelledby="q-summary">
        <h3 id="q-summary">{t('summary')}</h3>
        <p>{t('summaryText', { f: value.features.length, m: mentions, u: value.unmapped.length })}</p>
        <p>
          {t('compiled')}: <strong>{value.source.compiled}</strong>
        </p>
        <p data-testid="build">
          {t('build')}: <code>{value.build}</code>
          {update.status === 'ready' && update.build !== value.build && <span className="muted"> {t('buildNewer')}</span>}
        </p>
      </section>
      <section aria-labelledby="q-precision">
        <h3 id="q-precision">{t('precision')}</h3>
        <PrecisionTable table={table} />
      </section>
      <section aria-labelledby="q-placements">
        <h3 id="q-placements">{t('placements')}</h3>
        <p className="muted small">{t('placementsIntro')}</p>
        <PlacementTable features={value.features} />
      </section>
      <section aria-labelledby="q-unmapped">
        <h3 id="q-unmapped">
          {t('unmapped')} <span className="count">{value.unmapped.length}</span>
        </h3>
        <p className="muted small">{t('unmappedIntro')}</p>
        <UnmappedList items={value.unmapped} />
      </section>
      <section aria-labelledby="q-source">
        <h3 id="q-source">{t('source')}</h3>
        <SourceRecord source={value.source} />
        <p className="muted small">{t('licence')}</p>
      </section>
      <section aria-labelledby="q-report">
        <h3 id="q-report">{t('report')}</h3>
        <ErrorReport catalogue={value} />
      </section>
    </WidePanel>
  );
}
