import { bilingualName } from '../../lib/format';
import { COUNT_UNITS, type LocatableFeature, readFigure } from '../../lib/report/indicators';
import { englishFigure } from '../../lib/units';
import type { CatalogueFeature, Indicator } from '../../schema/records';
import { useStore } from '../../store';
import { IND_STRINGS } from './strings';
import { useLang, useText } from '../useText';

/** The report's figure with an English one beside it: "11条 (11)". */
function englishWritten(ind: Indicator): string {
  const f = readFigure(ind);
  const en = f.value === null ? null : englishFigure(f.value, f.unit);
  return en ? `${ind.as_written} (${en})` : ind.as_written;
}

/** "报告: 11条道路; 地图上已标注 n 条", a bar of how much of the count is located, and the located places as links to the map. */
export function Located({ ind, located }: { ind: Indicator; located: readonly LocatableFeature[] }) {
  const t = useText(IND_STRINGS);
  const lang = useLang();
  const counted = COUNT_UNITS.includes(ind.unit);
  const unit = counted ? ind.unit : '处';
  const total = counted && ind.value !== null && ind.value > 0 ? ind.value : null;
  const share = total ? Math.min(1, located.length / total) : null;
  return (
    <div className="ind-located">
      <p className="ind-located-text">
        {lang === 'en' ? t('located', { w: englishWritten(ind), n: located.length, u: '' }) : t('located', { w: ind.as_written, n: located.length, u: unit })}
      </p>
      {share !== null && total !== null && (
        <div className="located-bar" role="img" aria-label={t('locatedShare', { n: located.length, total })}>
          <span className="located-fill" style={{ width: `${share * 100}%` }} />
          <span className="located-label" aria-hidden="true">
            {located.length}/{total}
          </span>
        </div>
      )}
      {located.length > 0 && (
        <p className="ind-located-names small">
          {t('locatedNames')}{' '}
          {located.map((f, k) => (
            <span key={f.id}>
              {k > 0 && '、'}
              <button type="button" className="link-button" onClick={() => useStore.getState().select(f.id, 'list')}>
                {bilingualName(f as CatalogueFeature, lang).primary}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
