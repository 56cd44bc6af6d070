import { ANCHOR_RELATION_NAMES, ANCHOR_SOURCE_NAMES, PRECISION_NAMES, UI_STRINGS } from '../lib/i18n';
import type { CatalogueGeocode } from '../schema/records';
import { LangRuns } from './LangRuns';
import { useLang, useText } from './useText';

/** How a place was put on the map: the precision as a promise in metres, the method, each anchor with its measured distance, and the note. */
export function Placement({ geocode: g }: { geocode: CatalogueGeocode }) {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  return (
    <footer className={`precision precision-${g.precision}`} data-testid="placement">
      <p>
        <strong>{t('location')}:</strong> <span data-testid="precision-words">{PRECISION_NAMES[g.precision][lang]}</span>
      </p>
      <p className="provenance">
        {t('method')}: <LangRuns text={g.method[lang]} />
      </p>
      <p className="provenance">{t('reference')}:</p>
      <ul className="anchors provenance">
        {g.anchors.map((a) => (
          <li key={`${a.source}-${a.ref}-${a.lon}-${a.lat}`}>
            {ANCHOR_SOURCE_NAMES[a.source][lang]} {a.source === 'wikidata' ? a.ref : ''}{' '}
            <span className="anchor-name" lang="zh-CN">
              {a.name}
            </span>{' '}
            ({ANCHOR_RELATION_NAMES[a.relation][lang]}) · {t('measured')}{' '}
            {a.distance_m} {t('metres')} / {t('allowed')} {a.allowed_m} {t('metres')}
          </li>
        ))}
      </ul>
      {g.note[lang] && (
        <p className="provenance">
          <LangRuns text={g.note[lang]} />
        </p>
      )}
    </footer>
  );
}
