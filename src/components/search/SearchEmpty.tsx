import { useStore } from '../../store';
import { useLocate } from '../near/useLocate';
import { useText } from '../useText';
import { echo } from '../../lib/echo';
import type { Strings } from '../../lib/i18n';

const STRINGS = {
  noMatch: { zh: '没有找到', en: 'No match for' },
  canSearch: {
    zh: '可搜索报告中的地点和项目、地标(学校、医院、车站、桥梁、场馆…)、地铁站、街道和街道办,可用中文、拼音、首字母或英文。',
    en: 'You can search the report’s places and projects, landmarks (schools, hospitals, stations, bridges, venues…), metro stations, streets and sub-districts, in Chinese, pinyin, initials or English.',
  },
  tryThese: { zh: '试试', en: 'Try' },
  otherWays: { zh: '或者:', en: 'Or:' },
  pickOnMap: { zh: '在地图上点选位置', en: 'Tap the map' },
  useLocation: { zh: '使用我的位置', en: 'Use my location' },
} as const satisfies Strings;

const SUGGESTIONS = ['宗关', '汉正街', '武汉体育馆', 'zongguan'];
/** Nothing found: what can be searched, a few tries, and the two other ways to set a place. */
export default function SearchEmpty({ query, onTry, onLeave }: { query: string; onTry: (s: string) => void; onLeave: () => void }) {
  const t = useText(STRINGS);
  const { run } = useLocate();
  const keep = (e: { preventDefault: () => void }) => e.preventDefault();
  const toNear = (then: () => void) => () => {
    onLeave();
    useStore.getState().setPanel('near');
    then();
  };
  return (
    <div className="search-empty" role="status">
      <p>
        {t('noMatch')}“{echo(query)}”。{t('canSearch')}
      </p>
      <p>
        {t('tryThese')}:
        {SUGGESTIONS.map((s) => (
          <button key={s} type="button" className="link-button" onMouseDown={keep} onClick={() => onTry(s)}>
            {s}
          </button>
        ))}
      </p>
      <p>
        {t('otherWays')}
        <button type="button" className="link-button" onMouseDown={keep} onClick={toNear(() => useStore.getState().setPicking(true))}>
          {t('pickOnMap')}
        </button>
        <button type="button" className="link-button" onMouseDown={keep} onClick={toNear(run)}>
          {t('useLocation')}
        </button>
      </p>
    </div>
  );
}
