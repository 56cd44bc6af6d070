import { bilingualName } from '../../lib/format';
import { ANCHOR_SOURCE_NAMES, UI_STRINGS } from '../../lib/i18n';
import { uncertaintyM } from '../../schema/precision';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { PRECISION_SHORT } from './strings';
import { QUALITY_STRINGS } from './strings';
import { useLang, useText } from '../useText';

/**
 * One row per feature: its precision, what that allows, and each anchor with
 * the distance the build measured, so what the page promises and what was
 * checked are the same numbers.
 */
export function PlacementTable({ features }: { features: readonly CatalogueFeature[] }) {
  const t = useText(QUALITY_STRINGS);
  const ui = useText(UI_STRINGS);
  const lang = useLang();
  const m = ui('metres');
  return (
    <table className="q-table q-placements" data-testid="placement-table">
      <thead>
        <tr>
          <th scope="col">{t('feature')}</th>
          <th scope="col">{t('precision')}</th>
          <th scope="col" className="num">
            {t('tolerance')}
          </th>
          <th scope="col">{t('anchors')}</th>
        </tr>
      </thead>
      <tbody>
        {features.map((f) => {
          const tolerance = uncertaintyM(f.geocode.precision) || Math.max(...f.geocode.anchors.map((a) => a.allowed_m));
          return (
            <tr key={f.id} data-feature-id={f.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => useStore.getState().select(f.id, 'list')}>
                  {bilingualName(f, lang).primary}
                </button>
              </th>
              <td>{PRECISION_SHORT[f.geocode.precision][lang]}</td>
              <td className="num">
                ≤ {tolerance} {m}
              </td>
              <td>
                <ul className="q-anchors">
                  {f.geocode.anchors.map((a) => (
                    <li key={`${a.ref}-${a.lon}-${a.lat}`} data-distance={a.distance_m}>
                      {ANCHOR_SOURCE_NAMES[a.source][lang]} {a.source === 'wikidata' ? `${a.ref} ` : ''}
                      {a.name}: {a.distance_m} {m} / ≤ {a.allowed_m} {m}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
