import { bilingualName } from '../../lib/format';
import type { CatalogueFeature } from '../../schema/records';
import { READER_STRINGS } from './strings';
import { useLang, useText } from '../useText';

interface Props {
  feature: CatalogueFeature;
  count: number;
  step: number;
  onStep: (step: 1 | -1) => void;
}

/** The selected feature, how many passages of the report speak of it, and steps between them. */
export function SelectionBar({ feature, count, step, onStep }: Props) {
  const t = useText(READER_STRINGS);
  const lang = useLang();
  const name = bilingualName(feature, lang).primary;
  return (
    <div className="r-selection">
      <p className="r-selection-text" role="status" aria-live="polite">
        <span className="r-selection-mark" aria-hidden="true">
          ◆
        </span>{' '}
        {t('selected')}: <strong>{name}</strong> · {count === 0 ? t('notInReport') : count === 1 ? t('mentionsIn', { n: 1 }) : t('mentionStep', { k: step + 1, n: count })}
      </p>
      {count > 1 && (
        <span className="r-selection-steps">
          <button type="button" onClick={() => onStep(-1)} aria-label={t('prev')} title={t('prev')}>
            ↑
          </button>
          <button type="button" onClick={() => onStep(1)} aria-label={t('next')} title={t('next')}>
            ↓
          </button>
        </span>
      )}
    </div>
  );
}
