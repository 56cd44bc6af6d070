import { useMemo } from 'react';
import { type IndicatorTopic, pairIndicators, topicsOf } from '../../lib/report/indicators';
import { useStore } from '../../store';
import { goToSection } from '../panel/goTo';
import { NotReady } from '../panel/NotReady';
import { WidePanel } from '../panel/WidePanel';
import { IndicatorCard } from './IndicatorCard';
import { IND_STRINGS } from './strings';
import './indicators.css';
import { useLang, useText } from '../useText';

const hasBoth = (topic: IndicatorTopic) => topic.byYear[2022].length > 0 && topic.byYear[2023].length > 0;

/** The single-year headline figures as one table, each label a way to its sentence. */
function OthersTable({ topics }: { topics: readonly IndicatorTopic[] }) {
  const t = useText(IND_STRINGS);
  const lang = useLang();
  return (
    <table className="ind-table">
      <thead>
        <tr>
          <th scope="col">{t('indicator')}</th>
          <th scope="col">{t('y2022')}</th>
          <th scope="col">{t('y2023')}</th>
        </tr>
      </thead>
      <tbody>
        {topics.map((topic) => {
          const first = topic.byYear[2022][0] ?? topic.byYear[2023][0];
          const label = lang === 'zh' ? topic.label_zh : topic.label_en;
          return (
            <tr key={topic.key} data-key={topic.key}>
              <th scope="row">
                {first ? (
                  <button type="button" className="link-button" onClick={() => useStore.getState().showInReport({ quote: first.quote, section: first.section })} aria-label={t('showInReportOf', { label })}>
                    {label}
                  </button>
                ) : (
                  label
                )}
              </th>
              <td lang="zh-CN">{topic.byYear[2022].map((i) => i.as_written).join('、') || t('none')}</td>
              <td lang="zh-CN">{topic.byYear[2023].map((i) => i.as_written).join('、') || t('none')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** District figures: results against targets with small charts, countable commitments against what the map locates, and the rest in a table. */
export default function IndicatorsPanel() {
  const t = useText(IND_STRINGS);
  const catalogue = useStore((st) => st.catalogue);
  const value = catalogue.status === 'ready' ? catalogue.value : null;
  const groups = useMemo(() => {
    const topics = topicsOf(pairIndicators(value?.indicators ?? []));
    return {
      results: topics.filter((t) => t.kind === 'headline' && hasBoth(t)),
      commitments: topics.filter((t) => t.kind === 'commitment'),
      others: topics.filter((t) => t.kind === 'headline' && !hasBoth(t)),
    };
  }, [value]);
  if (catalogue.status !== 'ready') return <NotReady state={catalogue} loading={t('loading')} error={t('error')} />;
  const features = catalogue.value.features;
  const sections = [
    { id: 'ind-results', title: t('results'), topics: groups.results },
    { id: 'ind-commitments', title: t('commitments'), topics: groups.commitments },
    { id: 'ind-others', title: t('others'), topics: groups.others },
  ].filter((x) => x.topics.length > 0);
  return (
    <WidePanel name="indicators" heading={t('heading')} intro={t('intro')}>
      {sections.length === 0 && <p className="muted">{t('empty')}</p>}
      <nav className="ind-jump" aria-label={t('jump')}>
        {sections.map((x) => (
          <button key={x.id} type="button" className="chip" onClick={() => goToSection(x.id)}>
            {x.title} <span className="count">{x.topics.length}</span>
          </button>
        ))}
      </nav>
      {sections.map((x) => (
        <section key={x.id} aria-labelledby={x.id} className="ind-section">
          <h3 id={x.id} tabIndex={-1}>
            {x.title}
          </h3>
          {x.id === 'ind-results' && <p className="muted small">{t('chartNote')}</p>}
          {x.id === 'ind-others' ? (
            <OthersTable topics={x.topics} />
          ) : (
            <div className="ind-cards">
              {x.topics.map((topic) => (
                <IndicatorCard key={topic.key} topic={topic} features={features} />
              ))}
            </div>
          )}
        </section>
      ))}
    </WidePanel>
  );
}
