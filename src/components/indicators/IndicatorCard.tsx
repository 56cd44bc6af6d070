import { compare, type IndicatorTopic, type LocatableFeature, locatedFor, readFigure } from '../../lib/report/indicators';
import { Figure } from '../Figure';
import type { Year } from '../../schema/constants';
import type { Indicator } from '../../schema/records';
import { useStore } from '../../store';
import { BarPair } from './BarPair';
import { Located } from './Located';
import { IND_STRINGS } from './strings';
import { useLang, useText } from '../useText';

function YearFigures({ year, term, list, empty }: { year: Year; term: string; list: readonly Indicator[]; empty: string }) {
  return (
    <div className={`ind-year ind-${year}`}>
      <dt>{term}</dt>
      <dd>
        {list.length === 0 ? (
          <span className="muted">{empty}</span>
        ) : (
          list.map((i, k) => (
            <span key={i.id} data-indicator={i.id}>
              {k > 0 && '、'}
              <Figure value={readFigure(i).value} unit={readFigure(i).unit} written={i.as_written} />
            </span>
          ))
        )}
      </dd>
    </div>
  );
}

/** A topic's quotes, each with a way to its place in the report. */
function Quotes({ list, label }: { list: readonly Indicator[]; label: string }) {
  const t = useText(IND_STRINGS);
  const quotes = list.filter((i, k) => list.findIndex((j) => j.quote === i.quote && j.year === i.year) === k);
  return (
    <ul className="ind-quotes">
      {quotes.map((i) => (
        <li key={i.id}>
          <blockquote lang="zh-CN" className="ind-quote">
            <span className="visually-hidden">{t('quote')}: </span>
            <span className="ind-quote-year">{i.year}</span> {i.quote}
          </blockquote>
          <button type="button" className="link-button small" onClick={() => useStore.getState().showInReport({ quote: i.quote, section: i.section })}>
            {t('showInReport')}
            <span className="visually-hidden">
              {' '}
              {t('showInReportOf', { label: `${label} ${i.year}` }).replace(t('showInReport'), '')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One topic: its figures in both years, a chart where they share a scale, its sentences, and for a count of places how many are on the map. */
export function IndicatorCard({ topic, features, headingLevel = 4 }: { topic: IndicatorTopic; features: readonly LocatableFeature[]; headingLevel?: 3 | 4 }) {
  const t = useText(IND_STRINGS);
  const lang = useLang();
  const label = lang === 'zh' ? topic.label_zh : topic.label_en;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const comparable = topic.pairs.map((p) => ({ p, c: compare(p) })).find((x) => x.c !== null);
  const all = [...topic.byYear[2022], ...topic.byYear[2023]];
  const located = all.map((i) => ({ i, found: locatedFor(i, features) })).filter((x) => x.found !== null && x.i.value !== null);
  const commitment = topic.kind === 'commitment';
  return (
    <article className={`ind-card ind-${topic.kind}`} data-key={topic.key}>
      <Heading className="ind-label">{label}</Heading>
      <dl className="ind-years">
        <YearFigures year={2022} term={commitment ? t('y2022') : t('result')} list={topic.byYear[2022]} empty={t('none')} />
        <YearFigures year={2023} term={commitment ? t('y2023') : t('target')} list={topic.byYear[2023]} empty={t('none')} />
      </dl>
      {comparable?.c && <BarPair c={comparable.c} asWritten={comparable.p.byYear[2023][0]?.as_written ?? ''} />}
      {located.map(({ i, found }) => (
        <Located key={i.id} ind={i} located={found ?? []} />
      ))}
      <Quotes list={all} label={label} />
    </article>
  );
}
