import type { Strings } from '../lib/i18n';
import { describeFilters } from '../lib/view-summary';
import { useStore } from '../store';
import { useFilters } from './useFiltered';
import { useLang, useText } from './useText';

const WORDS = {
  hidden: { zh: '另有 {n} 项在范围内,被筛选隐藏。', en: '{n} more within the radius are hidden by the filters.' },
  clear: { zh: '清除筛选,全部显示', en: 'Clear the filters, show everything' },
} as const satisfies Strings;

/** Says which filters are on (and, in near-me, how many items they hide), with one action to clear them. */
export function FilterNotice({ hidden }: { hidden?: number }) {
  const lang = useLang();
  const t = useText(WORDS);
  const said = describeFilters(useFilters(), lang);
  if (!said) return null;
  return (
    <div className="notice filter-notice" role="status" data-testid="filter-notice">
      <p>
        {said}
        {lang === 'zh' ? '。' : '.'}
        {hidden ? ` ${t('hidden', { n: hidden })}` : ''}
      </p>
      <button type="button" className="action" onClick={() => useStore.getState().resetFilters()}>
        {t('clear')}
      </button>
    </div>
  );
}
