import { UI_STRINGS } from '../lib/i18n';
import { describeArchiveProblem } from '../map/archive-messages';
import { useStore } from '../store';
import { useLang, useText } from './useText';

/** What went wrong, said in the UI: map data, WebGL, or a link that was not understood. */
export function Notices() {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const map = useStore((s) => s.map);
  const notice = useStore((s) => s.notice);
  return (
    <div className="notices">
      {map.status === 'error' && (
        <p className="error" role="alert" data-testid="map-error">
          {t('mapError')} — {map.archive ? describeArchiveProblem(map.archive.path, map.archive.problem, lang) : map.message}
        </p>
      )}
      {map.status === 'unsupported' && (
        <p className="error" role="alert" data-testid="no-webgl">
          {map.message}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="url-notice">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => useStore.getState().setNotice(null)}>
            {t('dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
