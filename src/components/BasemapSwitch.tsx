import { UI_STRINGS } from '../lib/i18n';
import { useStore } from '../store';
import { BASEMAPS } from '../store/url';
import { useText } from './useText';

/** Embedded schematic basemap by default; the online street map only when chosen, and offline it says it needs the network (a choice already made stays). */
export function BasemapSwitch() {
  const t = useText(UI_STRINGS);
  const basemap = useStore((s) => s.basemap);
  const online = useStore((s) => s.online);
  return (
    <fieldset className="chips basemap-switch">
      <legend>{t('basemap')}</legend>
      {BASEMAPS.map((b) => (
        <label key={b} className="chip">
          <input type="radio" name="basemap" value={b} checked={basemap === b} disabled={b === 'osm' && !online && basemap !== b} onChange={() => useStore.getState().setBasemap(b)} />
          {t(b === 'local' ? 'basemapLocal' : 'basemapOsm')}
        </label>
      ))}
      {!online && (
        <p className="muted small hint" data-testid="basemap-offline">
          {t('basemapOffline')}
        </p>
      )}
      <p className="muted small">{t('basemapNote')}</p>
    </fieldset>
  );
}
