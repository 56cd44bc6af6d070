import { bilingualName } from '../lib/format';
import type { Strings } from '../lib/i18n';
import { useStore } from '../store';
import { useLang, useText } from './useText';

const TEXT = {
  heading: { zh: '报告列于此片区、位置未核实的项目(不在地图上)', en: 'Listed under this zone by the report, site not verified (not on the map)' },
} as const satisfies Strings;

/** For a zone: what the report lists under it that could not be placed, so the card still tells the whole story. */
export function ZoneItems({ zoneId }: { zoneId: string }) {
  const lang = useLang();
  const t = useText(TEXT);
  const catalogue = useStore((s) => s.catalogue);
  if (catalogue.status !== 'ready') return null;
  const items = catalogue.value.unmapped.filter((u) => u.zone === zoneId);
  const names = [...new Map(items.map((u) => [u.name_zh, bilingualName(u, lang).primary])).values()];
  if (names.length === 0) return null;
  return (
    <section className="zone-items small" data-testid="zone-items">
      <p className="muted">{t('heading')}:</p>
      <p>{names.join(lang === 'zh' ? '、' : ', ')}</p>
    </section>
  );
}
