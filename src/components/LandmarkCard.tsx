import { LANDMARK_NAMES } from '../lib/landmark-names';
import { type Landmark, wikidataUrl } from '../lib/landmarks';
import type { Lang, Strings } from '../lib/i18n';
import { LANDMARK_LOOK } from '../map/palette';
import { useStore } from '../store';
import { useLang, useText } from './useText';

const STRINGS = {
  landmark: { zh: '地标', en: 'Landmark' },
  context: { zh: '仅作参照,不是报告中的项目。', en: 'For orientation; not an item of the report.' },
  source: { zh: '位置与名称来源', en: 'Position and name from' },
  nearHere: { zh: '以此为中心查看附近', en: 'What is planned near here' },
} as const satisfies Strings;

/** Makes the landmark "my place" and opens the near-me list. */
function nearHere(l: Landmark, lang: Lang) {
  const { setNear, setPanel, showLandmark } = useStore.getState();
  setNear({ lon: l.point[0], lat: l.point[1] }, lang === 'zh' || !l.name_en ? l.name_zh : l.name_en);
  setPanel('near');
  showLandmark(null);
}

/** A landmark's popup: what it is, where it comes from (Wikidata, by Q-id), and near-me from here. */
export default function LandmarkCard({ landmark: l }: { landmark: Landmark }) {
  const lang = useLang();
  const t = useText(STRINGS);
  const look = LANDMARK_LOOK[l.kind];
  const primary = lang === 'zh' || !l.name_en ? l.name_zh : l.name_en;
  const secondary = lang === 'zh' ? l.name_en : l.name_en ? l.name_zh : '';
  return (
    <article className="landmark-card" data-qid={l.qid} aria-label={primary}>
      <h2 lang={primary === l.name_zh ? 'zh-CN' : 'en'}>{primary}</h2>
      {secondary && <p className="secondary-name">{secondary}</p>}
      <p className="badges">
        <span className="badge badge-category" style={{ borderColor: look.color, color: look.color }}>
          <span className="glyph" style={{ background: look.color }} aria-hidden="true">
            {look.glyph}
          </span>
          {t('landmark')} · {LANDMARK_NAMES[l.kind][lang]}
        </span>
      </p>
      <p className="small muted">{t('context')}</p>
      <p className="small">
        {t('source')}{' '}
        <a href={wikidataUrl(l.qid)} target="_blank" rel="noopener noreferrer">
          Wikidata {l.qid}
        </a>{' '}
        (CC0)
      </p>
      <button type="button" className="action" onClick={() => nearHere(l, lang)}>
        {t('nearHere')}
      </button>
    </article>
  );
}
