import { useStore } from '../store';
import { BASEMAPS } from '../store/url';
import { useT } from './useT';

/** Embedded schematic basemap by default; the online street map only when chosen. */
export function BasemapSwitch() {
  const { t } = useT();
  const basemap = useStore((s) => s.basemap);
  return (
    <fieldset className="chips basemap-switch">
      <legend>{t('basemap')}</legend>
      {BASEMAPS.map((b) => (
        <label key={b} className="chip">
          <input type="radio" name="basemap" value={b} checked={basemap === b} onChange={() => useStore.getState().setBasemap(b)} />
          {t(b === 'local' ? 'basemapLocal' : 'basemapOsm')}
        </label>
      ))}
      <p className="muted small">{t('basemapNote')}</p>
    </fieldset>
  );
}
