import { indexById } from '../lib/catalogue';
import { bilingualName } from '../lib/format';
import { STATUS_NAMES, YEAR_NAMES, UI_STRINGS } from '../lib/i18n';
import { sectionPath } from '../lib/sections';
import type { CatalogueFeature } from '../schema/records';
import { useStore } from '../store';
import { CategoryBadge, StatusBadge, TargetBadge } from './Badges';
import { CardContacts } from './CardContacts';
import { Figure } from './Figure';
import { Placement } from './Placement';
import { ZoneItems } from './ZoneItems';
import { useLang, useText } from './useText';

/** Everything the report says of one place: names, status, the timeline of its mentions, and how it was placed. */
export function FeatureCard({ feature: f }: { feature: CatalogueFeature }) {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const name = bilingualName(f, lang);
  const mentions = [...f.mentions].sort((a, b) => a.year - b.year);
  return (
    <article className="feature-card" data-feature-id={f.id} aria-label={name.primary}>
      <header>
        <h2 lang={lang === 'zh' ? 'zh-CN' : 'en'}>{name.primary}</h2>
        <p className="secondary-name" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {name.secondary}
        </p>
        <p className="badges">
          <CategoryBadge category={f.category} /> <StatusBadge status={f.status} /> <TargetBadge target={f.target} />
        </p>
      </header>
      <ol className="timeline">
        {mentions.map((m) => (
          <li key={`${m.year}-${m.quote}`} className={`mention status-${m.status}`}>
            <p className="mention-head">
              <strong>{YEAR_NAMES[m.year][lang]}</strong> · {STATUS_NAMES[m.status][lang]}
            </p>
            <blockquote lang="zh-CN" className="quote" cite="#report">
              <span className="visually-hidden">{t('reportSays')}: </span>
              {m.quote}
            </blockquote>
            <p className="section-path">
              {t('section')}: {sectionPath(m.section, lang)}
            </p>
            {m.metrics.length > 0 && (
              <dl className="metrics">
                {m.metrics.map((x) => (
                  <div key={`${x.label}-${x.value}`}>
                    <dt lang="zh-CN">{x.label}</dt>
                    <dd>
                      <Figure value={x.value} unit={x.unit} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      <ZoneItems zoneId={f.id} />
      <AlsoHere />
      <CardContacts feature={f} />
      <Placement geocode={f.geocode} />
    </article>
  );
}

/** The other places under the clicked point, one click away (stacked zones would otherwise hide each other). */
function AlsoHere() {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const ids = useStore((s) => s.alsoHere);
  const catalogue = useStore((s) => s.catalogue);
  if (ids.length === 0 || catalogue.status !== 'ready') return null;
  const byId = indexById(catalogue.value.features);
  return (
    <nav className="also-here" aria-label={t('alsoHere')}>
      <span className="small muted">{t('alsoHere')}:</span>
      {ids.map((id) => {
        const f = byId.get(id);
        if (!f) return null;
        return (
          <button key={id} type="button" className="link-button" onClick={() => useStore.getState().select(id, 'map', ids.filter((x) => x !== id).concat(useStore.getState().selected ?? []))}>
            {bilingualName(f, lang).primary}
          </button>
        );
      })}
    </nav>
  );
}
